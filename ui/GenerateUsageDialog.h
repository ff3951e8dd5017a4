#pragma once

#include "services/UsageService.h"

#include <QDialog>
#include <QFuture>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace bd {

class Services;

// Demo > Generate Usage: months, rows and seed; generates CUR 2.0 data for every organization of the directory
// and imports it, off the GUI thread (second database connection), with progress, rates and Cancel (which
// rolls everything back).
class GenerateUsageDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit GenerateUsageDialog(Services &services, QWidget *parent = nullptr);
    ~GenerateUsageDialog() override;

    void setRequest(int months, qint64 rows, quint64 seed);
    bool start();
    void cancel();
    bool isRunning() const { return m_shared != nullptr; }
    bool succeeded() const { return m_succeeded; }
    QString resultText() const;
    void reject() override;

Q_SIGNALS:
    void generationDone(bool ok);

private:
    struct Shared;
    struct Outcome
    {
        bool ok = false;
        UsageService::Outcome outcome;
        Error error;
    };
    static Outcome run(std::shared_ptr<Shared> shared);
    void updateProgress();
    void done();
    void setRunning(bool running);

    Services &m_services;
    QSpinBox *m_months = nullptr;
    QSpinBox *m_rows = nullptr;
    QSpinBox *m_seed = nullptr;
    QLabel *m_scope = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTimer *m_timer = nullptr;
    std::shared_ptr<Shared> m_shared;
    QFuture<Outcome> m_future;
    bool m_succeeded = false;
};

} // namespace bd
