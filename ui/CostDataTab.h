#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace bd {

class GenerateUsageDialog;
class ImportDialog;
class ImportsModel;
class MessageBar;
class Services;

// Cost data: the Imports list (what was imported when, from which file, with row counts and totals) with the
// selected import's totals per organization and period on the right, Remove, and the entry points for
// importing (File > Import, Ctrl+I, files dropped on the window) and for demo usage (Demo > Generate Usage).
// Billable amounts are never shown to a bill-source organization.
class CostDataTab final : public QWidget
{
    Q_OBJECT

public:
    CostDataTab(Services &services, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~CostDataTab() override;

    ImportsModel *model() const { return m_model; }
    qint64 selectedImportId() const;
    void selectImport(qint64 id);
    // Opens the import dialog (non-blocking) for these files; returns it (tests drive it).
    ImportDialog *openImportDialog(const QStringList &paths = {});
    GenerateUsageDialog *openGenerateDialog();

public Q_SLOTS:
    void removeImport();

private:
    void updateDetail();
    void updateSummary();
    void updateCoverage();
    void installActions();

    Services &m_services;
    ImportsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detail = nullptr;
    QTableWidget *m_totals = nullptr;
    QLabel *m_coverageLabel = nullptr;
    QTableWidget *m_coverage = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_generateButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QSplitter *m_splitter = nullptr;
    MessageBar *m_messages = nullptr;
    qint64 m_keepImportId = 0; // the selection across a reload of the model
    QPointer<ImportDialog> m_importDialog;
    QPointer<GenerateUsageDialog> m_generateDialog;
};

} // namespace bd
