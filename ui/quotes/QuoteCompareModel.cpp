#include "quotes/QuoteCompareModel.h"

#include "money/Gstin.h"
#include "services/QuoteDiff.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace bcp::ui {

namespace {

// Words for the keys QuoteDiff uses; anything else is spelt out from its camelCase.
QString keyLabel(const QString &key) {
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Name")},
        {QStringLiteral("designation"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Designation")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Company")},
        {QStringLiteral("mobile"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Mobile")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "E-mail")},
        {QStringLiteral("gstin"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "GSTIN")},
        {QStringLiteral("pan"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "PAN")},
        {QStringLiteral("billing"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Billing")},
        {QStringLiteral("shipping"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Shipping")},
        {QStringLiteral("shippingSameAsBilling"),
         QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Ship to the billing address")},
        {QStringLiteral("stateCode"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "State")},
        {QStringLiteral("line1"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Address line 1")},
        {QStringLiteral("line2"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Address line 2")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "City")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "State")},
        {QStringLiteral("pin"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "PIN code")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Notes")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Date")},
        {QStringLiteral("validUntil"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Valid until")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Description")},
        {QStringLiteral("remarks"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Remarks")},
        {QStringLiteral("hsn"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "HSN")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Unit")},
        {QStringLiteral("quantity"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Quantity")},
        {QStringLiteral("paperSpec"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Paper specification")},
        {QStringLiteral("selected"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Included in totals")},
        {QStringLiteral("ratePerBox"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Costed rate per box")},
        {QStringLiteral("negotiation"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Negotiation")},
        {QStringLiteral("unitPrice"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Rate per box")},
        {QStringLiteral("amount"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Amount")},
        {QStringLiteral("costing"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Box")},
        {QStringLiteral("style"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Style")},
        {QStringLiteral("measuredOn"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Measured on")},
        {QStringLiteral("length"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Length")},
        {QStringLiteral("width"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Width")},
        {QStringLiteral("height"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Height")},
        {QStringLiteral("ply"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Ply")},
        {QStringLiteral("flutes"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Flutes")},
        {QStringLiteral("layers"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Layer")},
        {QStringLiteral("gsm"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "GSM")},
        {QStringLiteral("bf"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "BF")},
        {QStringLiteral("rct"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "RCT")},
        {QStringLiteral("shade"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Shade")},
        {QStringLiteral("rate"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Rate")},
        {QStringLiteral("transport"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Transport")},
        {QStringLiteral("paymentTerms"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Payment terms")},
        {QStringLiteral("deliveryDays"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Delivery days")},
        {QStringLiteral("validityDays"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Validity days")},
        {QStringLiteral("placeOfSupply"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Place of supply")},
        {QStringLiteral("intraState"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Within the state")},
        {QStringLiteral("subtotal"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Subtotal")},
        {QStringLiteral("taxable"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Taxable value")},
        {QStringLiteral("gstRatePercent"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "GST %")},
        {QStringLiteral("gstPercent"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "GST %")},
        {QStringLiteral("gst"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "GST")},
        {QStringLiteral("cgst"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "CGST")},
        {QStringLiteral("sgst"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "SGST")},
        {QStringLiteral("igst"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "IGST")},
        {QStringLiteral("roundOff"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Round-off")},
        {QStringLiteral("grand"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Grand total")},
        {QStringLiteral("bfPrices"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "BF price")},
        {QStringLiteral("shadePremiums"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Shade premium")},
        {QStringLiteral("conversionPerKg"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Conversion \u20b9/kg")},
        {QStringLiteral("markupPercent"), QT_TRANSLATE_NOOP("bcp::ui::QuoteCompareModel", "Markup %")},
    };
    const auto it = labels.constFind(key);
    if (it != labels.constEnd())
        return QuoteCompareModel::tr(it.value());
    // camelCase -> "Camel case"
    QString words;
    for (const QChar c : key) {
        if (c.isUpper() && !words.isEmpty())
            words += QLatin1Char(' ');
        words += words.isEmpty() ? c.toUpper() : c.toLower();
    }
    return words;
}

// "layers[1]" -> "Layer 2"; "name" -> "Name".
QString segmentLabel(const QString &segment) {
    static const QRegularExpression indexed(QStringLiteral("^(\\w+)\\[(\\d+)\\]$"));
    const QRegularExpressionMatch m = indexed.match(segment);
    if (m.hasMatch())
        return QStringLiteral("%1 %2").arg(keyLabel(m.captured(1))).arg(m.captured(2).toInt() + 1);
    return keyLabel(segment);
}

// Sections in the order people read a quote: what is sold first, the party and the masters last.
int sectionRank(const QString &path) {
    if (path == QLatin1String("date") || path == QLatin1String("validUntil"))
        return 0;
    if (path.startsWith(QLatin1String("items[")))
        return 1;
    if (path.startsWith(QLatin1String("totals.")))
        return 3;
    if (path.startsWith(QLatin1String("party.")))
        return 4;
    if (path.startsWith(QLatin1String("masters.")))
        return 5;
    return 2;
}

int itemIndex(const QString &path) {
    static const QRegularExpression item(QStringLiteral("^items\\[(\\d+)\\]"));
    const QRegularExpressionMatch m = item.match(path);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// A party's fields in the order of the party dialog.
int partyRank(const QString &path) {
    static const QStringList order = {QStringLiteral("name"),        QStringLiteral("company"),
                                      QStringLiteral("designation"), QStringLiteral("mobile"),
                                      QStringLiteral("email"),       QStringLiteral("gstin"),
                                      QStringLiteral("pan"),         QStringLiteral("stateCode"),
                                      QStringLiteral("billing"),     QStringLiteral("shippingSameAsBilling"),
                                      QStringLiteral("shipping"),    QStringLiteral("notes")};
    const QString key = path.mid(6).section(QLatin1Char('.'), 0, 0);
    const qsizetype rank = order.indexOf(key);
    return rank < 0 ? int(order.size()) : int(rank);
}

// Within an item: its own fields in the editor's order, then the box as the calculator lays it out.
int itemFieldRank(const QString &path) {
    static const QStringList order = {QStringLiteral("style"),           QStringLiteral("unit"),
                                      QStringLiteral("measuredOn"),      QStringLiteral("length"),
                                      QStringLiteral("width"),           QStringLiteral("height"),
                                      QStringLiteral("quantity"),        QStringLiteral("ply"),
                                      QStringLiteral("flutes"),          QStringLiteral("layers"),
                                      QStringLiteral("glueFlapMm"),      QStringLiteral("deckleMm"),
                                      QStringLiteral("maxLengthMm"),     QStringLiteral("sheetAllowanceMm"),
                                      QStringLiteral("conversionPerKg"), QStringLiteral("markupPercent"),
                                      QStringLiteral("printing"),        QStringLiteral("lamination"),
                                      QStringLiteral("varnishPerBox"),   QStringLiteral("dieCost"),
                                      QStringLiteral("punchingPerBox")};
    const qsizetype at = path.indexOf(QLatin1String(".costing."));
    if (at < 0)
        return -1;
    const QString key = path.mid(at + 9).section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
    const qsizetype rank = order.indexOf(key);
    return rank < 0 ? int(order.size()) : int(rank);
}

// Stored values as a person reads them: state names, yes/no, dates in words. The tooltip keeps the raw value.
QString displayValue(const QString &path, const QString &value) {
    if (value.isEmpty())
        return value;
    if (path.endsWith(QLatin1String(".state")) || path.endsWith(QLatin1String(".stateCode")) ||
        path == QLatin1String("placeOfSupply")) {
        const QString name = Gstin::stateName(value);
        return name.isEmpty() ? value : QStringLiteral("%1 (%2)").arg(name, value);
    }
    if (value == QLatin1String("true"))
        return QuoteCompareModel::tr("Yes");
    if (value == QLatin1String("false"))
        return QuoteCompareModel::tr("No");
    if (path == QLatin1String("date") || path == QLatin1String("validUntil")) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid())
            return QLocale().toString(date, QStringLiteral("dd MMM yyyy"));
    }
    return value;
}

} // namespace

QuoteCompareModel::QuoteCompareModel(QObject *parent) : QAbstractTableModel(parent) {}

int QuoteCompareModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_shown.size());
}

int QuoteCompareModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuoteCompareModel::sectionOf(const QString &path) {
    static const QRegularExpression item(QStringLiteral("^items\\[(\\d+)\\]"));
    const QRegularExpressionMatch m = item.match(path);
    if (m.hasMatch())
        return tr("Item %1").arg(m.captured(1).toInt() + 1);
    if (path.startsWith(QLatin1String("party.")))
        return tr("Party");
    if (path.startsWith(QLatin1String("totals.")))
        return tr("Totals");
    if (path.startsWith(QLatin1String("masters.")))
        return tr("Masters used");
    if (path == QLatin1String("date") || path == QLatin1String("validUntil"))
        return tr("Quote");
    return tr("Charges and terms");
}

QString QuoteCompareModel::fieldOf(const QString &path) {
    QString rest = path;
    static const QRegularExpression item(QStringLiteral("^items\\[\\d+\\]\\."));
    rest.remove(item);
    for (const QString &prefix :
         {QStringLiteral("party."), QStringLiteral("totals."), QStringLiteral("masters."), QStringLiteral("terms.")}) {
        if (rest.startsWith(prefix)) {
            rest = rest.mid(prefix.size());
            break;
        }
    }
    QStringList parts;
    for (const QString &segment : rest.split(QLatin1Char('.'), Qt::SkipEmptyParts))
        parts << segmentLabel(segment);
    return parts.join(QStringLiteral(" \u00b7 "));
}

void QuoteCompareModel::setDiff(const VersionDiff &diff) {
    beginResetModel();
    m_versionA = diff.a.version;
    m_versionB = diff.b.version;
    m_all.clear();
    QSet<QString> changed;
    for (const FieldChange &c : diff.changes)
        changed.insert(c.path);
    const QList<QuoteDiff::Field> fa = QuoteDiff::flatten(diff.a);
    const QList<QuoteDiff::Field> fb = QuoteDiff::flatten(diff.b);
    QHash<QString, QString> inB;
    for (const QuoteDiff::Field &f : fb)
        inB.insert(f.first, f.second);
    QSet<QString> seen;
    auto add = [&](const QString &path, const QString &before, const QString &after) {
        m_all.append({path, sectionOf(path), fieldOf(path), before, after, changed.contains(path)});
        seen.insert(path);
    };
    for (const QuoteDiff::Field &f : fa)
        add(f.first, f.second, inB.value(f.first));
    // Values only the second version has (an added item) follow, in its order.
    for (const QuoteDiff::Field &f : fb) {
        if (!seen.contains(f.first))
            add(f.first, QString(), f.second);
    }
    std::stable_sort(m_all.begin(), m_all.end(), [](const Row &x, const Row &y) {
        const int sx = sectionRank(x.path);
        const int sy = sectionRank(y.path);
        if (sx != sy)
            return sx < sy;
        if (sx == 1) {
            const int ix = itemIndex(x.path);
            const int iy = itemIndex(y.path);
            if (ix != iy)
                return ix < iy;
            return itemFieldRank(x.path) < itemFieldRank(y.path);
        }
        if (sx == 4)
            return partyRank(x.path) < partyRank(y.path);
        return false;
    });
    m_changeCount = int(changed.size());
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (!m_onlyChanges || m_all.at(i).changed)
            m_shown << i;
    }
    endResetModel();
}

void QuoteCompareModel::setOnlyChanges(bool only) {
    if (m_onlyChanges == only)
        return;
    beginResetModel();
    m_onlyChanges = only;
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (!m_onlyChanges || m_all.at(i).changed)
            m_shown << i;
    }
    endResetModel();
}

int QuoteCompareModel::rowOfPath(const QString &path) const {
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_all.at(m_shown.at(row)).path == path)
            return row;
    }
    return -1;
}

bool QuoteCompareModel::isChanged(int row) const {
    return row >= 0 && row < m_shown.size() && m_all.at(m_shown.at(row)).changed;
}

QVariant QuoteCompareModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_all.at(m_shown.at(index.row()));
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SectionColumn: {
            // The section name heads its group only, so the groups read as blocks.
            if (index.row() > 0 && m_all.at(m_shown.at(index.row() - 1)).section == r.section)
                return QString();
            return r.section;
        }
        case FieldColumn:
            return r.field;
        case BeforeColumn:
            return displayValue(r.path, r.before);
        case AfterColumn:
            return displayValue(r.path, r.after);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == BeforeColumn || column == AfterColumn)
            return column == BeforeColumn ? r.before : r.after;
        return r.path;
    case Qt::BackgroundRole:
        if (r.changed && column == BeforeColumn)
            return QBrush(QColor(0xfd, 0xec, 0xea));
        if (r.changed && column == AfterColumn)
            return QBrush(QColor(0xe6, 0xf4, 0xea));
        if (r.changed)
            return QBrush(QColor(0xff, 0xf8, 0xe1));
        return {};
    case Qt::FontRole:
        if (r.changed || column == SectionColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (r.changed && column == BeforeColumn)
            return QBrush(QColor(0x9b, 0x1c, 0x1c));
        if (r.changed && column == AfterColumn)
            return QBrush(QColor(0x1b, 0x5e, 0x20));
        return {};
    case PathRole:
        return r.path;
    case ChangedRole:
        return r.changed;
    default:
        return {};
    }
}

QVariant QuoteCompareModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SectionColumn:
        return tr("Section");
    case FieldColumn:
        return tr("Value");
    case BeforeColumn:
        return m_versionA > 0 ? tr("Version %1").arg(m_versionA) : tr("First version");
    case AfterColumn:
        return m_versionB > 0 ? tr("Version %1").arg(m_versionB) : tr("Second version");
    default:
        return {};
    }
}

} // namespace bcp::ui
