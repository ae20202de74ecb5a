// QR codes: the images decode (with zbarimg, as a phone would) to exactly the text put in.

#include "documents/QrCode.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using bcp::Error;
using bcp::QrCode;

namespace {

const QString kOtpauth = QStringLiteral(
    "otpauth://totp/BoxCostPro:ravi.k%40shree?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=BoxCostPro");
const QString kUpi = QStringLiteral("upi://pay?pa=shreepackaging@okaxis&pn=Shree%20Packaging%20Industries"
                                    "&am=118000.00&cu=INR&tn=Invoice%20SPI%2F2024-25%2F000123");

} // namespace

class TestQrCode : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void decodesToExactText_data();
    void decodesToExactText();
    void geometryAndQuietZone();
    void onlyBlackAndWhite();
    void paintIntoRectStaysCrisp_data();
    void paintIntoRectStaysCrisp();
    void refusesBadInput_data();
    void refusesBadInput();

private:
    // What zbarimg reads from `image`, or a description of why it read nothing.
    QString decode(const QImage &image, const QString &name);

    QTemporaryDir m_dir;
    QString m_zbarimg;
};

void TestQrCode::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    QVERIFY2(!m_zbarimg.isEmpty(), "zbarimg (package zbar-tools) is needed to check QR codes; see TOOLCHAIN.md");
}

QString TestQrCode::decode(const QImage &image, const QString &name) {
    const QString path = m_dir.filePath(name + QStringLiteral(".png"));
    if (!image.save(path, "PNG"))
        return QStringLiteral("<could not save %1>").arg(path);
    QProcess zbar;
    zbar.start(m_zbarimg, {QStringLiteral("--quiet"), QStringLiteral("--raw"), QStringLiteral("-Sdisable"),
                           QStringLiteral("-Sqrcode.enable"), path});
    if (!zbar.waitForFinished(30000) || zbar.exitStatus() != QProcess::NormalExit)
        return QStringLiteral("<zbarimg did not finish>");
    if (zbar.exitCode() != 0)
        return QStringLiteral("<zbarimg exit %1: %2>")
            .arg(zbar.exitCode())
            .arg(QString::fromUtf8(zbar.readAllStandardError()).trimmed());
    QString text = QString::fromUtf8(zbar.readAllStandardOutput());
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1); // --raw ends each symbol with a newline
    return text;
}

void TestQrCode::decodesToExactText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("pixelsPerModule");
    QTest::newRow("otpauth") << kOtpauth << 8;
    QTest::newRow("upi") << kUpi << 6;
    QTest::newRow("upi, small modules") << kUpi << 2;
    QTest::newRow("digits only") << QStringLiteral("000123456789") << 4;
    QTest::newRow("hindi") << QStringLiteral("श्री पैकेजिंग इंडस्ट्रीज़ ₹1,18,000.00") << 4;
    QString longText;
    for (int i = 0; longText.size() < 1200; ++i)
        longText += QStringLiteral("line %1: Corrugated box 3-ply 400x300x250 mm; ").arg(i);
    QTest::newRow("1200 characters") << longText << 3;
}

void TestQrCode::decodesToExactText() {
    QFETCH(QString, text);
    QFETCH(int, pixelsPerModule);
    const auto image = QrCode::image(text, pixelsPerModule);
    QVERIFY(image.ok());
    QCOMPARE(
        decode(image.value(), QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))),
        text);
}

void TestQrCode::geometryAndQuietZone() {
    for (int ppm : {1, 3, 8}) {
        const auto result = QrCode::image(kOtpauth, ppm);
        QVERIFY(result.ok());
        const QImage &img = result.value();
        QCOMPARE(img.format(), QImage::Format_Grayscale8);
        QCOMPARE(img.width(), img.height());
        QCOMPARE(img.width() % ppm, 0);
        const int modules = img.width() / ppm - 2 * QrCode::kQuietZone;
        QVERIFY2(modules >= 21 && (modules - 21) % 4 == 0, qPrintable(QString::number(modules))); // a QR version
        // The quiet zone is white all round; the finder pattern's corner module just inside it is black.
        const int zone = QrCode::kQuietZone * ppm;
        for (int y = 0; y < img.height(); ++y) {
            for (int x = 0; x < img.width(); ++x) {
                const bool inZone = x < zone || y < zone || x >= img.width() - zone || y >= img.height() - zone;
                if (inZone)
                    QCOMPARE(qGray(img.pixel(x, y)), 255);
            }
        }
        QCOMPARE(qGray(img.pixel(zone, zone)), 0);
        QCOMPARE(qGray(img.pixel(img.width() - zone - 1, zone)), 0);
        QCOMPARE(qGray(img.pixel(zone, img.height() - zone - 1)), 0);
    }
    // Larger modules scale the same symbol exactly.
    const QImage one = QrCode::image(kUpi, 1).value();
    const QImage five = QrCode::image(kUpi, 5).value();
    QCOMPARE(five.width(), one.width() * 5);
    QCOMPARE(five.scaled(one.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation), one);
}

void TestQrCode::onlyBlackAndWhite() {
    const QImage img = QrCode::image(kUpi, 4).value();
    int black = 0;
    for (int y = 0; y < img.height(); ++y) {
        const uchar *line = img.constScanLine(y);
        for (int x = 0; x < img.width(); ++x) {
            QVERIFY(line[x] == 0 || line[x] == 255);
            black += line[x] == 0;
        }
    }
    QVERIFY(black > 0);
}

void TestQrCode::paintIntoRectStaysCrisp_data() {
    QTest::addColumn<QRectF>("target");
    QTest::addColumn<qreal>("scale");
    QTest::newRow("whole pixels") << QRectF(20, 30, 400, 400) << qreal(1);
    QTest::newRow("fractional, wide") << QRectF(10.5, 20.25, 533.3, 311.7) << qreal(1);
    QTest::newRow("scaled painter") << QRectF(5, 5, 180.5, 180.5) << qreal(1.7);
}

void TestQrCode::paintIntoRectStaysCrisp() {
    QFETCH(QRectF, target);
    QFETCH(qreal, scale);
    const QImage qr = QrCode::image(kUpi, 1).value();
    QImage canvas(640, 480, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    {
        QPainter painter(&canvas);
        // The caller's smoothing must not leak into the QR code.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.scale(scale, scale);
        QrCode::paint(painter, target, qr);
        QVERIFY(painter.testRenderHint(QPainter::SmoothPixmapTransform)); // restored afterwards
    }
    int black = 0;
    QRect inked;
    for (int y = 0; y < canvas.height(); ++y) {
        for (int x = 0; x < canvas.width(); ++x) {
            const QRgb p = canvas.pixel(x, y);
            QVERIFY2(p == qRgb(0, 0, 0) || p == qRgb(255, 255, 255),
                     qPrintable(QStringLiteral("grey pixel at %1,%2").arg(x).arg(y)));
            if (p == qRgb(0, 0, 0)) {
                ++black;
                inked |= QRect(x, y, 1, 1);
            }
        }
    }
    QVERIFY(black > 0);
    // Drawn inside the target (in device pixels), centred, square.
    const QRectF device = QTransform::fromScale(scale, scale).mapRect(target);
    QVERIFY2(
        device.adjusted(-1, -1, 1, 1).contains(QRectF(inked)),
        qPrintable(QStringLiteral("%1,%2 %3x%4").arg(inked.x()).arg(inked.y()).arg(inked.width()).arg(inked.height())));
    QVERIFY(qAbs(inked.width() - inked.height()) <= 1);
    QVERIFY(qAbs(QRectF(inked).center().x() - device.center().x()) <= 2);
    QCOMPARE(
        decode(canvas,
               QStringLiteral("painted_%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))),
        kUpi);
}

void TestQrCode::refusesBadInput_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("pixelsPerModule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << 4 << QStringLiteral("text")
                           << QStringLiteral("There is no text to put in the QR code.");
    QTest::newRow("NUL") << QStringLiteral("abc") + QChar(u'\0') + QStringLiteral("def") << 4 << QStringLiteral("text")
                         << QStringLiteral("There is no text to put in the QR code.");
    QTest::newRow("too long") << QString(3000, QLatin1Char('x')) << 4 << QStringLiteral("text")
                              << QStringLiteral("The text is too long for a QR code (3000 bytes).");
    QTest::newRow("zero pixels") << kUpi << 0 << QStringLiteral("pixelsPerModule")
                                 << QStringLiteral("A QR module must be 1 to 64 pixels wide.");
    QTest::newRow("65 pixels") << kUpi << 65 << QStringLiteral("pixelsPerModule")
                               << QStringLiteral("A QR module must be 1 to 64 pixels wide.");
}

void TestQrCode::refusesBadInput() {
    QFETCH(QString, text);
    QFETCH(int, pixelsPerModule);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto result = QrCode::image(text, pixelsPerModule);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Invalid);
    QCOMPARE(result.error().field, field);
    QCOMPARE(result.error().message, message);
}

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
