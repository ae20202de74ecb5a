#include "documents/DocumentFonts.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>

// boxcost_core is a static library: without a reference to its initialiser the linker drops the font
// resource from programs that link it. Q_INIT_RESOURCE has to be used outside any namespace.
static void initialiseFontResource() {
    Q_INIT_RESOURCE(fonts);
}

namespace bcp::documents {

namespace {

const char *const kFontFiles[] = {
    ":/fonts/NotoSans-Regular.ttf",
    ":/fonts/NotoSans-Bold.ttf",
    ":/fonts/NotoSansDevanagari-Regular.ttf",
    ":/fonts/NotoSansDevanagari-Bold.ttf",
};

Result<QStringList> loadFonts() {
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::unavailable(QCoreApplication::translate(
            "bcp::documents::DocumentFonts", "Documents can only be drawn by a program with a graphical platform."));
    initialiseFontResource();
    QStringList loaded;
    for (const char *file : kFontFiles) {
        const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
        if (id < 0)
            return Error::unavailable(QCoreApplication::translate("bcp::documents::DocumentFonts",
                                                                  "The document font %1 could not be loaded.")
                                          .arg(QString::fromLatin1(file)));
        for (const QString &family : QFontDatabase::applicationFontFamilies(id)) {
            if (!loaded.contains(family))
                loaded.append(family);
        }
    }
    return loaded;
}

} // namespace

Result<QStringList> DocumentFonts::registerFonts() {
    // Only success is remembered: a call made before the application object existed may be repeated.
    static QMutex mutex;
    static QStringList registered;
    const QMutexLocker lock(&mutex);
    if (!registered.isEmpty())
        return registered;
    Result<QStringList> loaded = loadFonts();
    if (loaded)
        registered = loaded.value();
    return loaded;
}

QStringList DocumentFonts::families() {
    return {QStringLiteral("BoxCostPro Sans"), QStringLiteral("BoxCostPro Sans Devanagari")};
}

QFont DocumentFonts::font(qreal pointSize, bool bold) {
    QFont f;
    f.setFamilies(families());
    f.setPointSizeF(pointSize);
    f.setWeight(bold ? QFont::Bold : QFont::Normal);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    // Qt 6.4 has no font feature switches, but it leaves Latin ligatures out when letter spacing is set. A
    // 1/64 pixel of it (the smallest step) is invisible; without it "fl" and "ff" become single glyphs that
    // copy and search as "ﬂ" and "ﬀ" in the PDF.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return f;
}

} // namespace bcp::documents
