#include "TestSupport.h"

#include "services/ClockService.h"
#include "services/TransferService.h"
#include "storage/sqlite/SqliteStorage.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTest>

namespace bd::test {

TempServices::TempServices()
{
    path = dir.filePath(QStringLiteral("test.sqlite"));
    Services::OpenOptions options;
    options.location = path;
    auto opened = Services::open(options);
    if (!opened.ok())
        qFatal("cannot create a test database: %s", qPrintable(opened.error().describe()));
    services = std::move(opened).value();
}

Database &sqliteDatabase(Services &services)
{
    return static_cast<SqliteStorage &>(services.storage()).database();
}

bool putTransferInEffect(Services &services, const QString &payerAccount, const QString &sourceAccount,
                         const QString &name)
{
    const QString acting = services.actingAccountId();
    TransferService::Invitation invitation;
    invitation.target = sourceAccount;
    invitation.start = BillingPeriod::containing(services.now()).addMonths(2);
    invitation.name = name;
    const bool ok = services.setActingAccount(payerAccount).ok() && services.transfers().invite(invitation).ok()
        && services.setActingAccount(sourceAccount).ok() && services.transfers().accept(name).ok()
        && services.clock().set(invitation.start.start()).ok();
    return services.setActingAccount(acting).ok() && ok;
}

QString sharedDataPath(const QString &relative)
{
    QString root = qEnvironmentVariable("BILLINGDESK_SHARED_DATA");
    if (root.isEmpty())
        root = QStringLiteral(BILLINGDESK_SHARED_DATA);
    return QDir(root).filePath(relative);
}

QString testDataPath(const QString &relative)
{
    return QDir(QStringLiteral(BILLINGDESK_TEST_DATA)).filePath(relative);
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(path));
        return {};
    }
    const QString text = QString::fromUtf8(file.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

CliResult runCli(const QStringList &arguments, const QByteArray &input,
                 const QList<std::pair<QString, QString>> &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BILLINGDESK_CLI), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000))
        process.kill();
    CliResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

} // namespace bd::test
