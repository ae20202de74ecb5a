#pragma once
// Who is acting: the signed-in user, their shop (tenant) and what their role may do. Every service method
// takes the session and works only inside its tenant.

#include <QSet>
#include <QString>

namespace bcp {

struct Session {
    qint64 userId = 0;
    qint64 tenantId = 0; // 0 for the vendor's platform staff
    QString username;
    QString displayName;
    QString role;
    QString workstation;
    QSet<QString> permissions;

    bool can(const QString &permission) const { return permissions.contains(permission); }
    bool isPlatform() const { return tenantId == 0; }
};

} // namespace bcp
