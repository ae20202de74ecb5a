#include "audit/AuditDetailView.h"

#include "audit/AuditLogModel.h"
#include "services/AuditService.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bcp::ui {

namespace {

const QString kAbsent = QStringLiteral("\u2014");

QString valueText(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return v.toVariant().toString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return kAbsent;
}

} // namespace

AuditDetailView::AuditDetailView(QWidget *parent) : QWidget(parent) {
    setObjectName(QStringLiteral("auditDetail"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("auditDetailSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_chain = new QLabel(this);
    m_chain->setObjectName(QStringLiteral("auditDetailChain"));
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette dim = m_chain->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_chain->setPalette(dim);

    m_fields = new QTableWidget(0, 3, this);
    m_fields->setObjectName(QStringLiteral("auditDetailFields"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setWordWrap(false);
    m_fields->verticalHeader()->hide();
    m_fields->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_fields->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_chain);
    layout->addWidget(m_fields, 1);
    clear();
}

QColor AuditDetailView::highlight() {
    return QColor(0xff, 0xe0, 0x8a);
}

void AuditDetailView::clear() {
    showMessage(tr("Select an entry to see what changed."));
}

void AuditDetailView::showMessage(const QString &text) {
    m_summary->setText(text);
    m_chain->clear();
    m_fields->setRowCount(0);
}

void AuditDetailView::showEntry(const AuditEntry &e) {
    const QString when = e.time().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString entity = e.entityId.isEmpty() ? e.entityType : e.entityType + QLatin1Char(' ') + e.entityId;
    m_summary->setText(tr("%1 \u2014 %2 on %3: %4 %5 (%6)")
                           .arg(when, e.actorName.isEmpty() ? tr("nobody signed in") : e.actorName,
                                e.workstation.isEmpty() ? tr("an unknown workstation") : e.workstation, e.action,
                                entity, AuditLogModel::resultText(e.result)));
    m_chain->setText(tr("Entry %1, seq %2 of this shop's chain, hash %3").arg(e.id).arg(e.seq).arg(e.rowHash.left(16)));

    const QJsonObject before = e.before();
    const QJsonObject after = e.after();
    QStringList keys = before.keys() + after.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());

    m_fields->setRowCount(int(keys.size()));
    QFont bold = m_fields->font();
    bold.setBold(true);
    for (int row = 0; row < keys.size(); ++row) {
        const QString &key = keys.at(row);
        const QJsonValue was = before.value(key);
        const QJsonValue now = after.value(key);
        const bool changed = was != now;
        const QString texts[] = {key, valueText(was), valueText(now)};
        for (int column = FieldColumn; column <= AfterColumn; ++column) {
            auto *item = new QTableWidgetItem(texts[column]);
            item->setToolTip(texts[column]);
            item->setData(ChangedRole, changed);
            if (changed) {
                item->setBackground(highlight());
                item->setForeground(QColor(0x20, 0x20, 0x20));
                if (column == FieldColumn)
                    item->setFont(bold);
            }
            m_fields->setItem(row, column, item);
        }
    }
}

int AuditDetailView::rowOfField(const QString &field) const {
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        if (m_fields->item(row, FieldColumn)->text() == field)
            return row;
    }
    return -1;
}

bool AuditDetailView::isChanged(const QString &field) const {
    const int row = rowOfField(field);
    return row >= 0 && m_fields->item(row, FieldColumn)->data(ChangedRole).toBool();
}

} // namespace bcp::ui
