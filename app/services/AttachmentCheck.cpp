#include "services/AttachmentCheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>
#include <QtEndian>

namespace bcp {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("AttachmentCheck", text);
}

const char kOle[] = "application/x-ole-storage";
const char kText[] = "text/plain";
const char kDocx[] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const char kXlsx[] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const char kPptx[] = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
const char kOdt[] = "application/vnd.oasis.opendocument.text";
const char kOds[] = "application/vnd.oasis.opendocument.spreadsheet";
const char kOdp[] = "application/vnd.oasis.opendocument.presentation";

// One allowed kind of file: what sniffing reports, an extension it may carry, and the type stored for it
// (old Office formats share one container, so the extension tells Word from Excel there).
struct Kind {
    const char *sniffed;
    const char *extension;
    const char *stored;
    const char *description;
};

const Kind kKinds[] = {
    {"image/png", "png", "image/png", QT_TRANSLATE_NOOP("AttachmentCheck", "a PNG image")},
    {"image/jpeg", "jpg", "image/jpeg", QT_TRANSLATE_NOOP("AttachmentCheck", "a JPEG image")},
    {"image/jpeg", "jpeg", "image/jpeg", QT_TRANSLATE_NOOP("AttachmentCheck", "a JPEG image")},
    {"image/gif", "gif", "image/gif", QT_TRANSLATE_NOOP("AttachmentCheck", "a GIF image")},
    {"image/webp", "webp", "image/webp", QT_TRANSLATE_NOOP("AttachmentCheck", "a WebP image")},
    {"application/pdf", "pdf", "application/pdf", QT_TRANSLATE_NOOP("AttachmentCheck", "a PDF document")},
    {kText, "txt", "text/plain", QT_TRANSLATE_NOOP("AttachmentCheck", "plain text")},
    {kText, "log", "text/plain", QT_TRANSLATE_NOOP("AttachmentCheck", "plain text")},
    {kText, "csv", "text/csv", QT_TRANSLATE_NOOP("AttachmentCheck", "plain text")},
    {kOle, "doc", "application/msword", QT_TRANSLATE_NOOP("AttachmentCheck", "an old-style Office document")},
    {kOle, "xls", "application/vnd.ms-excel", QT_TRANSLATE_NOOP("AttachmentCheck", "an old-style Office document")},
    {kOle, "ppt", "application/vnd.ms-powerpoint",
     QT_TRANSLATE_NOOP("AttachmentCheck", "an old-style Office document")},
    {kDocx, "docx", kDocx, QT_TRANSLATE_NOOP("AttachmentCheck", "a Word document")},
    {kXlsx, "xlsx", kXlsx, QT_TRANSLATE_NOOP("AttachmentCheck", "an Excel workbook")},
    {kPptx, "pptx", kPptx, QT_TRANSLATE_NOOP("AttachmentCheck", "a PowerPoint presentation")},
    {kOdt, "odt", kOdt, QT_TRANSLATE_NOOP("AttachmentCheck", "an OpenDocument text")},
    {kOds, "ods", kOds, QT_TRANSLATE_NOOP("AttachmentCheck", "an OpenDocument spreadsheet")},
    {kOdp, "odp", kOdp, QT_TRANSLATE_NOOP("AttachmentCheck", "an OpenDocument presentation")},
};

bool startsWith(const QByteArray &data, const char *magic, int size) {
    return data.size() >= size && memcmp(data.constData(), magic, size_t(size)) == 0;
}

quint16 le16(const QByteArray &data, qsizetype at) {
    return qFromLittleEndian<quint16>(data.constData() + at);
}

quint32 le32(const QByteArray &data, qsizetype at) {
    return qFromLittleEndian<quint32>(data.constData() + at);
}

// The names in a ZIP archive's central directory; empty when the directory is missing or damaged.
QSet<QByteArray> zipEntryNames(const QByteArray &data) {
    QSet<QByteArray> names;
    constexpr qsizetype kEndRecord = 22;
    if (data.size() < kEndRecord)
        return names;
    // The end-of-directory record sits in the last 22 bytes plus an archive comment of up to 64 KiB.
    const qsizetype earliest = qMax<qsizetype>(0, data.size() - kEndRecord - 0xffff);
    qsizetype end = -1;
    for (qsizetype at = data.size() - kEndRecord; at >= earliest; --at) {
        if (le32(data, at) == 0x06054b50) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return names;
    const quint16 entries = le16(data, end + 10);
    qsizetype at = le32(data, end + 16);
    for (int i = 0; i < entries; ++i) {
        if (at < 0 || at + 46 > data.size() || le32(data, at) != 0x02014b50)
            return {};
        const quint16 nameLength = le16(data, at + 28);
        const quint16 extraLength = le16(data, at + 30);
        const quint16 commentLength = le16(data, at + 32);
        if (at + 46 + nameLength > data.size())
            return {};
        names.insert(data.mid(at + 46, nameLength));
        at += 46 + nameLength + extraLength + commentLength;
    }
    return names;
}

// OpenDocument files start with an uncompressed entry "mimetype" holding their type.
QByteArray odfMimetype(const QByteArray &data) {
    if (data.size() < 30 || le32(data, 0) != 0x04034b50)
        return {};
    const quint16 method = le16(data, 8);
    const quint32 size = le32(data, 18);
    const quint16 nameLength = le16(data, 26);
    const quint16 extraLength = le16(data, 28);
    if (method != 0 || size > 100 || data.mid(30, nameLength) != "mimetype")
        return {};
    return data.mid(30 + nameLength + extraLength, qsizetype(size));
}

QString sniffZip(const QByteArray &data) {
    const QByteArray odf = odfMimetype(data);
    if (odf == kOdt || odf == kOds || odf == kOdp)
        return QString::fromLatin1(odf);
    const QSet<QByteArray> names = zipEntryNames(data);
    if (!names.contains("[Content_Types].xml"))
        return {};
    const struct {
        const char *part;
        const char *type;
    } parts[] = {{"word/document.xml", kDocx}, {"xl/workbook.xml", kXlsx}, {"ppt/presentation.xml", kPptx}};
    for (const auto &p : parts) {
        if (names.contains(p.part))
            return QString::fromLatin1(p.type);
    }
    return {};
}

// UTF-8 (or ASCII) text with no control characters but tab, line breaks and form feed.
bool isPlainText(const QByteArray &data) {
    for (const char c : data) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || u == 0x7f)
            return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(data);
    return !decoded.isEmpty() && !decoder.hasError();
}

QString describeType(const QString &sniffed) {
    for (const Kind &k : kKinds) {
        if (sniffed == QLatin1String(k.sniffed))
            return QCoreApplication::translate("AttachmentCheck", k.description);
    }
    return sniffed;
}

} // namespace

QString AttachmentCheck::sniff(const QByteArray &data) {
    if (startsWith(data, "\x89PNG\r\n\x1a\n", 8))
        return QStringLiteral("image/png");
    if (startsWith(data, "\xff\xd8\xff", 3))
        return QStringLiteral("image/jpeg");
    if (startsWith(data, "GIF87a", 6) || startsWith(data, "GIF89a", 6))
        return QStringLiteral("image/gif");
    if (data.size() >= 12 && startsWith(data, "RIFF", 4) && data.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    if (startsWith(data, "%PDF-", 5))
        return QStringLiteral("application/pdf");
    if (startsWith(data, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8))
        return QString::fromLatin1(kOle);
    if (startsWith(data, "PK\x03\x04", 4))
        return sniffZip(data);
    if (!data.isEmpty() && isPlainText(data))
        return QString::fromLatin1(kText);
    return {};
}

QStringList AttachmentCheck::extensionsFor(const QString &mimeType) {
    QStringList out;
    for (const Kind &k : kKinds) {
        if (mimeType == QLatin1String(k.sniffed) || mimeType == QLatin1String(k.stored)) {
            const QString ext = QString::fromLatin1(k.extension);
            if (!out.contains(ext))
                out << ext;
        }
    }
    return out;
}

QString AttachmentCheck::fileDialogFilter() {
    QStringList patterns;
    for (const Kind &k : kKinds)
        patterns << QStringLiteral("*.") + QString::fromLatin1(k.extension);
    return tr("Images, PDF, text and office documents (%1)").arg(patterns.join(QLatin1Char(' ')));
}

Result<QString> AttachmentCheck::check(const QString &fileName, const QByteArray &data) {
    const QString file = QStringLiteral("file");
    if (fileName.trimmed().isEmpty())
        return Error::invalid(file, tr("the file has no name"));
    if (data.isEmpty())
        return Error::invalid(file, tr("%1 is empty").arg(fileName));
    if (data.size() > kMaxBytes)
        return Error::invalid(file, tr("%1 is %2 MB; attachments may be at most %3 MB each")
                                        .arg(fileName)
                                        .arg(double(data.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                                        .arg(kMaxBytes / (1024 * 1024)));
    const QString sniffed = sniff(data);
    if (sniffed.isEmpty())
        return Error::invalid(
            file, tr("%1 is not an image, PDF, text or office document; only those can be attached").arg(fileName));
    const QString extension = QFileInfo(fileName).suffix().toLower();
    for (const Kind &k : kKinds) {
        if (sniffed == QLatin1String(k.sniffed) && extension == QLatin1String(k.extension))
            return QString::fromLatin1(k.stored);
    }
    return Error::invalid(file,
                          tr("%1 contains %2, which does not match its name; rename it to .%3 and attach it again")
                              .arg(fileName, describeType(sniffed), extensionsFor(sniffed).value(0)));
}

} // namespace bcp
