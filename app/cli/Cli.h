#pragma once

#include "domain/Result.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace bd {
class Services;
}

namespace bd::cli {

// Exit codes of billingdesk-cli.
// 4: the database or the file system failed (damaged, full disk, I/O error, permission denied, read-only, locked).
enum ExitCode { Done = 0, Refused = 1, Usage = 2, BadInput = 3, Fault = 4 };

class Context;

// One CLI command ("orgs list", "transfers invite", "import"). Each command file registers its commands
// with a static Registration object; CliMain finds the longest matching command words.
struct Command
{
    QString words; // "orgs list"
    QString synopsis; // "[--org ID]": shown in usage
    QString summary; // one line for the help
    std::function<void(QCommandLineParser &)> options; // declares the command's own options
    std::function<int(Context &, const QCommandLineParser &)> run;
    bool needsDatabase = true;
};

class Registry
{
public:
    static void add(Command command);
    static const QList<Command> &all();
};

struct Registration
{
    Registration(std::initializer_list<Command> commands);
};

// What a command gets: the parsed global options, the services over the opened database, and output helpers.
class Context
{
public:
    Context(QTextStream &out, QTextStream &err);
    ~Context();

    QString databasePath;
    QString nowText;
    QString actingAs;
    bool json = false;
    QString commandWords;
    bool mustExist = false; // services() refuses a missing database instead of creating one

    // Opens the database (creating it when missing), applies --now and --as. Returns nullptr after printing
    // an error; exitCode() is then set.
    Services *services();
    int exitCode() const { return m_exitCode; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Reports a failed Result: message (and reason code) on stderr; returns 1 for a rule, 3 for bad input, 4 for a
    // fault of the database or the file system.
    int fail(const Error &error);
    // Reports wrong usage of the command: returns 2.
    int usage(const QString &message);
    void printJson(const QJsonValue &value);
    // A plain-text table with a header row; columns whose index is in rightAligned are right-aligned.
    void printTable(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &rightAligned = {});

    // Required option helper: reports usage and returns false when missing.
    bool require(const QCommandLineParser &parser, const QStringList &names);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Services> m_services;
    int m_exitCode = Done;
};

// Shared by the command files: translated text in the CLI's context, and an option with or without a value.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);
QCommandLineOption opt(const QString &name, const QString &description, const QString &value = {});

int run(int argc, char **argv);

} // namespace bd::cli
