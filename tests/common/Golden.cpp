#include "Golden.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace bcp::test {

QJsonObject loadGolden(const QString &name) {
    QFile f(QStringLiteral(BOXCOST_GOLDEN_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read golden file %s", qPrintable(f.fileName()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject())
        qFatal("golden file %s: %s", qPrintable(f.fileName()), qPrintable(error.errorString()));
    return doc.object();
}

} // namespace bcp::test
