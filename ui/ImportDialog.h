#pragma once

#include "services/ImportService.h"

#include <QDialog>
#include <QFuture>
#include <QStringList>

#include <atomic>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QElapsedTimer;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTimer;

namespace bd {

class Services;

// File > Import (and files dropped on the window): shows what a file holds (format, payers, periods, size),
// lets the user choose the view (billable or pro forma), replace and skip-invalid, then imports OFF the GUI
// thread over a second database connection with a progress bar (bytes and rows per second) and Cancel, which
// rolls everything back. The result lists totals per organization and period, warnings and problems.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Services &services, const QStringList &paths = {}, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Programmatic driving (tests, drag and drop).
    void setPaths(const QStringList &paths);
    QStringList paths() const { return m_paths; }
    void setView(CostView view);
    void setReplace(bool replace);
    void setSkipInvalid(bool skip);
    bool startImport(); // false when nothing can be imported (no file, already running)
    void cancelImport();
    bool isRunning() const;
    bool succeeded() const { return m_succeeded; }
    const QList<ImportReport> &reports() const { return m_reports; }
    QString resultText() const; // the summary shown after an import (for tests)
    QString previewText() const;

    void reject() override;

Q_SIGNALS:
    void importDone(bool ok); // the import finished, was refused or was canceled

private:
    struct Shared; // state shared with the worker thread
    struct Outcome
    {
        QList<ImportReport> reports;
        bool ok = false;
        Error error;
        ImportReport failedReport;
        QString failedPath;
    };

    void browse();
    void inspect();
    void updateProgress();
    void importFinished();
    void showOutcome(const Outcome &outcome);
    void setRunning(bool running);
    static Outcome runImports(std::shared_ptr<Shared> shared);

    Services &m_services;
    QStringList m_paths;
    QLineEdit *m_pathEdit = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_preview = nullptr;
    QRadioButton *m_billable = nullptr;
    QRadioButton *m_proForma = nullptr;
    QCheckBox *m_replace = nullptr;
    QCheckBox *m_skipInvalid = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_result = nullptr;
    QTableWidget *m_totals = nullptr;
    QTableWidget *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTimer *m_timer = nullptr;
    std::shared_ptr<Shared> m_shared;
    QFuture<Outcome> m_future;
    QList<ImportReport> m_reports;
    bool m_succeeded = false;
    bool m_canInspectAgain = true;
};

} // namespace bd
