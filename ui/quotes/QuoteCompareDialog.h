#pragma once
// Compares any two versions of a quote side by side, read-only, with the values that differ highlighted.
// The versions are picked at the top; "Only differences" hides the values that are the same.

#include "services/QuoteTypes.h"
#include "services/Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace bcp {
class QuoteService;
}

namespace bcp::ui {

class QuoteCompareModel;

class QuoteCompareDialog : public QDialog {
    Q_OBJECT
public:
    QuoteCompareDialog(QuoteService &quotes, const Session &session, qint64 quoteId, const QString &number,
                       const QList<QuoteVersionInfo> &versions, QWidget *parent = nullptr);

    // Shows version `a` (left) against version `b` (right); false with the reason shown when either is missing.
    bool compare(int a, int b);

    int versionA() const;
    int versionB() const;
    QuoteCompareModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *firstCombo() const { return m_first; }
    QComboBox *secondCombo() const { return m_second; }
    QCheckBox *onlyChangesCheck() const { return m_onlyChanges; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void reload();

    QuoteService &m_quotes;
    Session m_session;
    qint64 m_quoteId;
    QuoteCompareModel *m_model;
    QComboBox *m_first = nullptr;
    QComboBox *m_second = nullptr;
    QCheckBox *m_onlyChanges = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace bcp::ui
