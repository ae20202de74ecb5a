#include "quotes/QuoteCompareDialog.h"

#include "quotes/QuoteCompareModel.h"
#include "services/QuoteService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bcp::ui {

QuoteCompareDialog::QuoteCompareDialog(QuoteService &quotes, const Session &session, qint64 quoteId,
                                       const QString &number, const QList<QuoteVersionInfo> &versions, QWidget *parent)
    : QDialog(parent), m_quotes(quotes), m_session(session), m_quoteId(quoteId), m_model(new QuoteCompareModel(this)) {
    setObjectName(QStringLiteral("quoteCompare"));
    setWindowTitle(tr("Compare versions of %1").arg(number));
    resize(1040, 760);

    auto *title = new QLabel(tr("Compare versions of %1").arg(number), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    title->setFont(big);

    m_first = new QComboBox(this);
    m_first->setObjectName(QStringLiteral("compareFirst"));
    m_second = new QComboBox(this);
    m_second->setObjectName(QStringLiteral("compareSecond"));
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString text = tr("Version %1 \u00b7 %2")
                                 .arg(it->version)
                                 .arg(QLocale().toString(it->date, QStringLiteral("dd MMM yyyy")));
        m_first->addItem(text, it->version);
        m_second->addItem(text, it->version);
    }
    m_onlyChanges = new QCheckBox(tr("&Only differences"), this);
    m_onlyChanges->setObjectName(QStringLiteral("compareOnlyChanges"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));

    auto *first = new QLabel(tr("&Compare"), this);
    first->setBuddy(m_first);
    auto *second = new QLabel(tr("&with"), this);
    second->setBuddy(m_second);
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(first);
    pickers->addWidget(m_first);
    pickers->addWidget(second);
    pickers->addWidget(m_second);
    pickers->addSpacing(16);
    pickers->addWidget(m_onlyChanges);
    pickers->addStretch();
    pickers->addWidget(m_summary);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("compareView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QuoteCompareModel::BeforeColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(QuoteCompareModel::AfterColumn, QHeaderView::Stretch);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(QuoteCompareModel::SectionColumn, 10 * em);
    m_view->setColumnWidth(QuoteCompareModel::FieldColumn, 18 * em);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *legend = new QLabel(tr("Highlighted rows differ between the two versions. Versions are never changed: "
                                 "restoring one saves its values as a new active version."),
                              this);
    legend->setWordWrap(true);
    legend->setStyleSheet(QStringLiteral("QLabel { color: #6b6b6b; }"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(pickers);
    layout->addWidget(m_view, 1);
    layout->addWidget(legend);
    layout->addWidget(buttons);

    connect(m_first, qOverload<int>(&QComboBox::currentIndexChanged), this, &QuoteCompareDialog::reload);
    connect(m_second, qOverload<int>(&QComboBox::currentIndexChanged), this, &QuoteCompareDialog::reload);
    connect(m_onlyChanges, &QCheckBox::toggled, m_model, &QuoteCompareModel::setOnlyChanges);
}

int QuoteCompareDialog::versionA() const {
    return m_first->currentData().toInt();
}

int QuoteCompareDialog::versionB() const {
    return m_second->currentData().toInt();
}

bool QuoteCompareDialog::compare(int a, int b) {
    {
        const QSignalBlocker blockFirst(m_first), blockSecond(m_second);
        m_first->setCurrentIndex(m_first->findData(a));
        m_second->setCurrentIndex(m_second->findData(b));
    }
    reload();
    return m_first->currentIndex() >= 0 && m_second->currentIndex() >= 0 && m_model->rowCount() > 0;
}

void QuoteCompareDialog::reload() {
    const int a = versionA();
    const int b = versionB();
    if (a <= 0 || b <= 0)
        return;
    auto diff = m_quotes.compare(m_session, m_quoteId, a, b);
    if (!diff) {
        m_model->setDiff(VersionDiff());
        m_summary->setText(diff.error().text());
        return;
    }
    m_model->setDiff(diff.value());
    const int n = m_model->changeCount();
    m_summary->setText(a == b   ? tr("The same version on both sides")
                       : n == 0 ? tr("No differences")
                       : n == 1 ? tr("1 value differs")
                                : tr("%1 values differ").arg(n));
    const int first = [this] {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->isChanged(row))
                return row;
        }
        return 0;
    }();
    if (m_model->rowCount() == 0)
        return;
    // After the dialog has its final size, so the first difference really is in view.
    QTimer::singleShot(0, this, [this, first] {
        if (first < m_model->rowCount())
            m_view->scrollTo(m_model->index(first, QuoteCompareModel::AfterColumn),
                             QAbstractItemView::PositionAtCenter);
    });
}

} // namespace bcp::ui
