#pragma once

#include "services/Services.h"
#include "storage/Storage.h"

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace bd {
class Database;
}

namespace bd::test {

// A fresh database in a temporary folder, with services over it.
struct TempServices
{
    QTemporaryDir dir;
    std::unique_ptr<Services> services;
    QString path;

    TempServices();
    Services &operator*() { return *services; }
    Services *operator->() { return services.get(); }
};

// The SQLite connection under the services, for storage-level tests of the SQLite back-end only (tst_Database,
// tst_CostImporter, tst_ScenarioService fingerprints). Services and other tests go through the stores.
Database &sqliteDatabase(Services &services);

// Puts a transfer in effect through the real services: the payer's management account invites the source's, the
// source accepts, and the stored clock moves to the transfer's start (two months after the clock's month). The
// source organization is then a bill-source context (BillingRules). Restores the acting account. False on failure.
bool putTransferInEffect(Services &services, const QString &payerAccount, const QString &sourceAccount,
                         const QString &name = QStringLiteral("Test transfer"));

// Where the shared reference data lives (../shared/data beside the project, or BILLINGDESK_SHARED_DATA in the
// environment).
QString sharedDataPath(const QString &relative);
QString testDataPath(const QString &relative);

// Reads a CSV file with a header into rows of fields (RFC 4180 quoting). Fails the calling test when unreadable.
QList<QStringList> readCsv(const QString &path);

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs billingdesk-cli with the given arguments (and optional standard input) and waits for it.
// environment: variables added to the test's own environment.
CliResult runCli(const QStringList &arguments, const QByteArray &input = {},
                 const QList<std::pair<QString, QString>> &environment = {});

} // namespace bd::test
