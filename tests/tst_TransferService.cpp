// TransferService over a temporary database: the lifecycle, dates, quotas, chains, inheritance, the clock, history.
#include "TestSupport.h"

#include "services/ClockService.h"
#include "services/DirectoryService.h"
#include "services/ScenarioService.h"
#include "services/TransferService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace bd;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

BillingPeriod month(const char *text)
{
    return *BillingPeriod::fromString(QString::fromLatin1(text));
}

// Payer P, organizations A..E; each management account is 1n0000000000n-like and unique.
const QString P = QStringLiteral("100000000001");
const QString A = QStringLiteral("200000000002");
const QString B = QStringLiteral("300000000003");
const QString C = QStringLiteral("400000000004");
const QString D = QStringLiteral("500000000005");
const QString E = QStringLiteral("600000000006");
const QString AMember = QStringLiteral("200000000099");

QString orgOf(const QString &account)
{
    return QStringLiteral("o-") + QString(10, QChar(u'a' + account.at(0).digitValue() - 1));
}

struct World
{
    test::TempServices ts;
    Services &s = *ts;
    TransferService &t = ts->transfers();

    World()
    {
        for (const QString &account : {P, A, B, C, D, E}) {
            Organization o;
            o.id = orgOf(account);
            o.name = QStringLiteral("Org %1").arg(account.at(0));
            o.managementAccountId = account;
            o.managementEmail = QStringLiteral("root%1@example.com").arg(account.at(0));
            if (auto r = s.directory().addOrganization(o, {}, QStringLiteral("US")); !r)
                qFatal("%s", qPrintable(r.error().describe()));
        }
        Account member;
        member.id = AMember;
        member.name = QStringLiteral("A member");
        member.email = QStringLiteral("member@example.com");
        member.organizationId = orgOf(A);
        if (auto r = s.directory().addAccount(member); !r)
            qFatal("%s", qPrintable(r.error().describe()));
        at("2025-11-10T10:00:00Z");
    }
    void at(const QString &iso) { s.clock().setOverride(utc(iso)); }
    void as(const QString &account) { (void)s.setActingAccount(account); }
    Result<ResponsibilityTransfer> invite(const QString &payer, const QString &target, const char *start,
                                          const QString &name = QStringLiteral("Company"), const QString &plan = {})
    {
        as(payer);
        TransferService::Invitation inv;
        inv.target = target;
        inv.start = month(start);
        inv.name = name;
        inv.notes = QStringLiteral("Please accept");
        inv.pricingPlan = plan;
        return t.invite(inv);
    }
    QString invited(const QString &payer, const QString &target, const char *start,
                    const QString &name = QStringLiteral("Company"))
    {
        auto r = invite(payer, target, start, name);
        if (!r)
            qWarning("invite failed: %s", qPrintable(r.error().describe()));
        return r ? r->id : QString();
    }
    bool accepted(const QString &source, const QString &id)
    {
        as(source);
        auto r = t.accept(id);
        if (!r)
            qWarning("accept failed: %s", qPrintable(r.error().describe()));
        return r.ok();
    }
    TransferStatus status(const QString &id) const { return t.find(id)->status; }
};

QString codeOf(const Result<ResponsibilityTransfer> &r)
{
    return r ? QString() : r.error().code;
}

} // namespace

class tst_TransferService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void inviteCreatesPendingBillingGroup()
    {
        World w;
        QSignalSpy changed(&w.t, &TransferService::changed);
        QSignalSpy data(&w.s, &Services::dataChanged);
        auto r = w.invite(P, A, "2025-12", QStringLiteral("Company A"));
        QVERIFY2(r, qPrintable(r.error().describe()));
        QVERIFY(TransferRules::isTransferId(r->id));
        QVERIFY(TransferRules::isHandshakeId(r->handshakeId));
        QCOMPARE(r->status, TransferStatus::Requested);
        QCOMPARE(r->sourceOrganizationId, orgOf(A));
        QCOMPARE(r->sourceManagementAccountId, A);
        QCOMPARE(r->targetOrganizationId, orgOf(P));
        QCOMPARE(r->targetManagementAccountId, P);
        QCOMPARE(r->requestedAt, utc("2025-11-10T10:00:00Z"));
        QCOMPARE(r->acceptanceDeadline, utc("2025-11-30T00:00:00Z")); // 1 Dec - 24 h
        QCOMPARE(r->pricingPlan, QStringLiteral("BasicPricingPlan"));
        const auto group = w.t.billingGroupForTransfer(r->id);
        QVERIFY(group);
        QCOMPARE(group->type, BillingGroupType::TransferBilling);
        QCOMPARE(group->status, BillingGroupStatus::Pending);
        QCOMPARE(group->primaryAccountId, A);
        QCOMPARE(group->organizationId, orgOf(A));
        QCOMPARE(group->ownerOrganizationId, orgOf(P));
        QCOMPARE(group->pricingPlan, QStringLiteral("BasicPricingPlan"));
        QCOMPARE(group->name, QStringLiteral("Company A"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(data.count() >= 1);
        // By email, and with a chosen plan.
        auto byEmail = w.invite(P, QStringLiteral("ROOT4@example.com"), "2026-01", QStringLiteral("Company C"),
                                QStringLiteral("Passthrough"));
        QVERIFY2(byEmail, qPrintable(byEmail.error().describe()));
        QCOMPARE(byEmail->sourceManagementAccountId, C);
        QCOMPARE(w.t.billingGroupForTransfer(byEmail->id)->pricingPlan, QStringLiteral("Passthrough"));
        QCOMPARE(w.t.inbound(P)->size(), 2);
        QCOMPARE(w.t.outbound(A)->size(), 1);
        QCOMPARE(w.t.outbound(AMember)->size(), 1); // a member sees its organization's transfers
        QCOMPARE(w.t.inbound(A)->size(), 0);
    }

    void inviteRefusals_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        const int rule = int(Error::Kind::Rule), input = int(Error::Kind::Input);
        QTest::newRow("self by account") << P << P << "2025-12"
                                         << "Me"
                                         << "SOURCE_AND_TARGET_CANNOT_MATCH" << rule;
        QTest::newRow("by email, any case") << P << "ROOT3@Example.COM"
                                            << "2025-12"
                                            << "Org B"
                                            << "" << rule;
        QTest::newRow("member account acts") << AMember << B << "2025-12"
                                             << "X"
                                             << "ACCESS_DENIED" << rule;
        QTest::newRow("administrator acts") << "" << B << "2025-12"
                                            << "X"
                                            << "ACCESS_DENIED" << rule;
        QTest::newRow("target is a member account") << P << AMember << "2025-12"
                                                    << "X"
                                                    << "TARGET_NOT_MANAGEMENT_ACCOUNT" << rule;
        QTest::newRow("unknown account") << P << "999999999999"
                                         << "2025-12"
                                         << "X"
                                         << "TARGET_NOT_FOUND" << rule;
        QTest::newRow("bad account id") << P << "12345"
                                        << "2025-12"
                                        << "X"
                                        << "INVALID_ACCOUNT_ID" << input;
        QTest::newRow("unknown email") << P << "nobody@example.com"
                                       << "2025-12"
                                       << "X"
                                       << "TARGET_NOT_FOUND" << rule;
        QTest::newRow("start in the current month") << P << A << "2025-11"
                                                    << "X"
                                                    << "INVALID_START_DATE" << rule;
        QTest::newRow("start in the past") << P << A << "2025-10"
                                           << "X"
                                           << "INVALID_START_DATE" << rule;
        QTest::newRow("name too long") << P << A << "2025-12" << QString(129, QLatin1Char('n')) << "NAME_TOO_LONG"
                                       << input;
        QTest::newRow("name not ASCII") << P << A << "2025-12" << QStringLiteral("Caf\u00e9")
                                        << "NAME_NOT_PRINTABLE_ASCII" << input;
        QTest::newRow("name empty") << P << A << "2025-12"
                                    << ""
                                    << "NAME_REQUIRED" << input;
    }

    void inviteRefusals()
    {
        QFETCH(QString, actor);
        QFETCH(QString, target);
        QFETCH(QString, start);
        QFETCH(QString, name);
        QFETCH(QString, code);
        QFETCH(int, kind);
        World w;
        auto r = w.invite(actor, target, start.toLatin1().constData(), name);
        QCOMPARE(codeOf(r), code);
        if (!r) {
            QCOMPARE(int(r.error().kind), kind);
            QVERIFY(!r.error().message.isEmpty());
        }
        QCOMPARE(w.t.all().size(), code.isEmpty() ? 1 : 0);
    }

    void deadlineAtInvitation()
    {
        World w;
        w.at("2025-11-29T23:59:59Z"); // deadline of a December start is 30 Nov 00:00
        QVERIFY(w.invite(P, A, "2025-12"));
        w.at("2025-11-30T00:00:00Z");
        auto late = w.invite(P, B, "2025-12");
        QCOMPARE(codeOf(late), QStringLiteral("INVALID_START_DATE"));
        QVERIFY(late.error().message.contains(QLatin1String("January 2026")));
        // The deadline is a setting.
        QVERIFY(w.s.setSetting(QStringLiteral("transfers.acceptanceDeadlineHours"), QStringLiteral("48")));
        QCOMPARE(w.t.acceptanceDeadlineFor(month("2026-01")), utc("2025-12-30T00:00:00Z"));
        w.at("2025-12-29T23:59:59Z");
        QVERIFY(w.invite(P, B, "2026-01"));
        w.at("2025-12-30T00:00:01Z");
        QCOMPARE(codeOf(w.invite(P, C, "2026-01")), QStringLiteral("INVALID_START_DATE"));
    }

    // Every transition from every status, allowed and refused, through the service.
    void transitions_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("actor"); // source | target | other | admin
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("after");
        const QString ok, denied = QStringLiteral("ACCESS_DENIED"),
                          invalid = QStringLiteral("INVALID_HANDSHAKE_TRANSITION");
        struct Row
        {
            const char *state, *action, *actor;
            QString code;
            const char *after;
        };
        const QList<Row> rows {
            {"REQUESTED", "accept", "source", ok, "ACCEPTED"},
            {"REQUESTED", "accept", "target", denied, "REQUESTED"},
            {"REQUESTED", "accept", "other", denied, "REQUESTED"},
            {"REQUESTED", "accept", "admin", denied, "REQUESTED"},
            {"REQUESTED", "decline", "source", ok, "DECLINED"},
            {"REQUESTED", "decline", "target", denied, "REQUESTED"},
            {"REQUESTED", "cancel", "target", ok, "CANCELED"},
            {"REQUESTED", "cancel", "source", denied, "REQUESTED"},
            {"REQUESTED", "cancel", "other", denied, "REQUESTED"},
            {"REQUESTED", "withdraw", "source", invalid, "REQUESTED"},
            {"REQUESTED", "withdraw", "target", invalid, "REQUESTED"},
            {"REQUESTED", "rename", "source", ok, "REQUESTED"},
            {"REQUESTED", "rename", "target", ok, "REQUESTED"},
            {"REQUESTED", "rename", "other", denied, "REQUESTED"},
            {"ACCEPTED", "accept", "source", invalid, "ACCEPTED"},
            {"ACCEPTED", "decline", "source", invalid, "ACCEPTED"},
            {"ACCEPTED", "cancel", "target", invalid, "ACCEPTED"},
            {"ACCEPTED", "withdraw", "source", ok, "WITHDRAWN"},
            {"ACCEPTED", "withdraw", "target", ok, "WITHDRAWN"},
            {"ACCEPTED", "withdraw", "other", denied, "ACCEPTED"},
            {"ACCEPTED", "rename", "target", ok, "ACCEPTED"},
            {"DECLINED", "accept", "source", invalid, "DECLINED"},
            {"DECLINED", "decline", "source", invalid, "DECLINED"},
            {"DECLINED", "cancel", "target", invalid, "DECLINED"},
            {"DECLINED", "withdraw", "target", invalid, "DECLINED"},
            {"DECLINED", "rename", "target", invalid, "DECLINED"},
            {"CANCELED", "accept", "source", invalid, "CANCELED"},
            {"CANCELED", "cancel", "target", invalid, "CANCELED"},
            {"CANCELED", "withdraw", "source", invalid, "CANCELED"},
            {"EXPIRED", "accept", "source", invalid, "EXPIRED"},
            {"EXPIRED", "decline", "source", invalid, "EXPIRED"},
            {"EXPIRED", "cancel", "target", invalid, "EXPIRED"},
            {"EXPIRED", "withdraw", "target", invalid, "EXPIRED"},
            {"EXPIRED", "rename", "source", invalid, "EXPIRED"},
            {"WITHDRAWN", "accept", "source", invalid, "WITHDRAWN"},
            {"WITHDRAWN", "cancel", "target", invalid, "WITHDRAWN"},
            {"WITHDRAWN", "withdraw", "source", invalid, "WITHDRAWN"},
            {"WITHDRAWN", "withdraw", "target", invalid, "WITHDRAWN"},
            {"WITHDRAWN", "rename", "source", ok, "WITHDRAWN"},
            {"WITHDRAWN", "decline", "other", denied, "WITHDRAWN"},
        };
        for (const Row &r : rows)
            QTest::addRow("%s %s by %s", r.state, r.action, r.actor)
                << QString::fromLatin1(r.state) << QString::fromLatin1(r.action) << QString::fromLatin1(r.actor)
                << r.code << QString::fromLatin1(r.after);
    }

    void transitions()
    {
        QFETCH(QString, state);
        QFETCH(QString, action);
        QFETCH(QString, actor);
        QFETCH(QString, code);
        QFETCH(QString, after);
        World w;
        const QString id = w.invited(P, A, "2025-12", QStringLiteral("Company A"));
        QVERIFY(!id.isEmpty());
        if (state == QLatin1String("ACCEPTED") || state == QLatin1String("WITHDRAWN")) {
            w.at("2025-11-15T12:00:00Z");
            QVERIFY(w.accepted(A, id));
            if (state == QLatin1String("WITHDRAWN")) {
                w.at("2025-12-10T00:00:00Z");
                w.as(P);
                QVERIFY(w.t.withdraw(id));
            }
        } else if (state == QLatin1String("DECLINED")) {
            w.as(A);
            QVERIFY(w.t.decline(id));
        } else if (state == QLatin1String("CANCELED")) {
            w.as(P);
            QVERIFY(w.t.cancel(id));
        } else if (state == QLatin1String("EXPIRED")) {
            w.at("2025-11-30T00:00:01Z");
        }
        w.as(actor == QLatin1String("source")       ? A
                 : actor == QLatin1String("target") ? P
                 : actor == QLatin1String("other")  ? B
                                                    : QString());
        Result<ResponsibilityTransfer> r = Error::internal(QStringLiteral("unknown action"));
        if (action == QLatin1String("accept"))
            r = w.t.accept(id);
        else if (action == QLatin1String("decline"))
            r = w.t.decline(id);
        else if (action == QLatin1String("cancel"))
            r = w.t.cancel(id);
        else if (action == QLatin1String("withdraw"))
            r = w.t.withdraw(id);
        else if (action == QLatin1String("rename"))
            r = w.t.rename(id, QStringLiteral("Renamed"));
        QCOMPARE(codeOf(r), code);
        if (!r) {
            QVERIFY(!r.error().message.isEmpty());
            // allowed() gives the same answer before the action is tried (for enabling buttons).
            const auto action_ = transferActionFromName(action);
            QVERIFY(action_);
            QCOMPARE(w.t.allowed(*w.t.find(id), *action_).error().code, code);
        }
        QCOMPARE(transferStatusName(w.status(id)), after);
        if (action == QLatin1String("rename"))
            QCOMPARE(w.t.find(id)->name, code.isEmpty() ? QStringLiteral("Renamed") : QStringLiteral("Company A"));
    }

    void acceptOn15NovIsInEffectFrom1Dec()
    {
        World w;
        const QString id = w.invited(P, A, "2025-12");
        w.at("2025-11-15T12:00:00Z");
        QVERIFY(w.accepted(A, id));
        const auto t = *w.t.find(id);
        QCOMPARE(t.status, TransferStatus::Accepted);
        QCOMPARE(t.respondedAt, utc("2025-11-15T12:00:00Z"));
        QCOMPARE(t.statusText(w.s.now()), QStringLiteral("Accepted, begins on 1 Dec 2025"));
        QVERIFY(!t.inEffectAt(utc("2025-11-30T23:59:59Z")));
        QVERIFY(t.inEffectAt(utc("2025-12-01T00:00:00Z")));
        QCOMPARE(w.t.payerOrganizationOn(orgOf(A), utc("2025-11-30T23:59:59Z")), QString());
        QCOMPARE(w.t.payerOrganizationOn(orgOf(A), utc("2025-12-01T00:00:00Z")), orgOf(P));
        QCOMPARE(w.t.payerOrganizationOn(orgOf(P), utc("2025-12-01T00:00:00Z")), QString());
        // Accepting exactly at the deadline is still in time.
        const QString other = w.invited(P, B, "2025-12");
        w.at("2025-11-30T00:00:00Z");
        QVERIFY(w.accepted(B, other));
    }

    void acceptAfterDeadlineExpires()
    {
        World w;
        const QString id = w.invited(P, A, "2025-12");
        QVERIFY(w.t.billingGroupForTransfer(id));
        w.at("2025-11-30T00:00:01Z");
        w.as(A);
        auto r = w.t.accept(id);
        QCOMPARE(codeOf(r), QStringLiteral("INVALID_HANDSHAKE_TRANSITION"));
        QVERIFY(r.error().message.contains(QLatin1String("expired")));
        const auto t = *w.t.find(id);
        QCOMPARE(t.status, TransferStatus::Expired);
        QCOMPARE(t.respondedAt, utc("2025-11-30T00:00:00Z"));
        QVERIFY(!w.t.billingGroupForTransfer(id));
        w.as(P);
        auto history = w.t.history(id);
        QVERIFY(history);
        const auto expiry = std::find_if(history->begin(), history->end(), [](const AuditEntry &e) {
            return e.action == QLatin1String("transfer.expire");
        });
        QVERIFY(expiry != history->end());
        QCOMPARE(expiry->actor, QStringLiteral("system"));
        QCOMPARE(expiry->clockTime, utc("2025-11-30T00:00:01Z"));
        QCOMPARE(expiry->effective, utc("2025-11-30T00:00:00Z"));
        QVERIFY(expiry->details.contains(QLatin1String("30 Nov 2025, 00:00 UTC")));
    }

    void expiryByTheClock()
    {
        World w;
        const QString id = w.invited(P, A, "2025-12");
        w.at("2025-11-29T23:00:00Z");
        QVERIFY(w.s.catchUpWithClock());
        QCOMPARE(w.status(id), TransferStatus::Requested);
        w.at("2025-12-02T08:00:00Z");
        QSignalSpy changed(&w.t, &TransferService::changed);
        QVERIFY(w.s.catchUpWithClock());
        QCOMPARE(w.status(id), TransferStatus::Expired);
        QCOMPARE(changed.count(), 1);
    }

    void decemberToJanuary()
    {
        World w;
        w.at("2025-12-15T10:00:00Z");
        auto r = w.invite(P, A, "2026-01");
        QVERIFY(r);
        QCOMPARE(r->acceptanceDeadline, utc("2025-12-31T00:00:00Z"));
        w.at("2025-12-20T10:00:00Z");
        QVERIFY(w.accepted(A, r->id));
        const auto t = *w.t.find(r->id);
        QCOMPARE(t.start(), utc("2026-01-01T00:00:00Z"));
        QCOMPARE(t.statusText(w.s.now()), QStringLiteral("Accepted, begins on 1 Jan 2026"));
        QVERIFY(t.inEffectAt(utc("2026-01-01T00:00:00Z")));
        QVERIFY(!t.inEffectAt(utc("2025-12-31T23:59:59Z")));
    }

    void withdrawalEnds_data()
    {
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("end"); // empty: default
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("lastMoment");
        QTest::newRow("default: current month") << "2026-01-10T08:00:00Z"
                                                << ""
                                                << ""
                                                << "2026-01-31T23:59:59Z";
        QTest::newRow("default in the start month") << "2025-12-31T23:00:00Z"
                                                    << ""
                                                    << ""
                                                    << "2025-12-31T23:59:59Z";
        QTest::newRow("chosen later end") << "2026-01-10T08:00:00Z"
                                          << "2026-03"
                                          << ""
                                          << "2026-03-31T23:59:59Z";
        QTest::newRow("end = current month") << "2026-01-10T08:00:00Z"
                                             << "2026-01"
                                             << ""
                                             << "2026-01-31T23:59:59Z";
        QTest::newRow("end before current refused") << "2026-01-10T08:00:00Z"
                                                    << "2025-12"
                                                    << "INVALID_END_DATE"
                                                    << "";
        QTest::newRow("before start, default: never in effect") << "2025-11-20T08:00:00Z"
                                                                << ""
                                                                << ""
                                                                << "2025-11-30T23:59:59Z";
        QTest::newRow("before start, month before start") << "2025-11-20T08:00:00Z"
                                                          << "2025-11"
                                                          << ""
                                                          << "2025-11-30T23:59:59Z";
        QTest::newRow("before start, first month") << "2025-11-20T08:00:00Z"
                                                   << "2025-12"
                                                   << ""
                                                   << "2025-12-31T23:59:59Z";
        QTest::newRow("before start, past month refused") << "2025-11-20T08:00:00Z"
                                                          << "2025-10"
                                                          << "INVALID_END_DATE"
                                                          << "";
    }

    void withdrawalEnds()
    {
        QFETCH(QString, now);
        QFETCH(QString, end);
        QFETCH(QString, code);
        QFETCH(QString, lastMoment);
        World w;
        const QString id = w.invited(P, A, "2025-12");
        w.at("2025-11-15T12:00:00Z");
        QVERIFY(w.accepted(A, id));
        w.at(now);
        w.as(A);
        auto r = w.t.withdraw(id, end.isEmpty() ? std::nullopt : BillingPeriod::fromString(end));
        QCOMPARE(codeOf(r), code);
        if (!code.isEmpty()) {
            QCOMPARE(w.status(id), TransferStatus::Accepted);
            return;
        }
        QCOMPARE(r->status, TransferStatus::Withdrawn);
        QCOMPARE(r->end(), utc(lastMoment));
        QCOMPARE(r->withdrawnAt, utc(now));
        const bool never = r->end() < r->start();
        QCOMPARE(r->neverTakesEffect(), never);
        QCOMPARE(r->inEffectAt(utc("2025-12-01T00:00:00Z")), !never);
        QVERIFY(!r->inEffectAt(r->end().addSecs(1)));
        QCOMPARE(w.t.billingGroupForTransfer(id).has_value(), !never);
        if (never)
            QCOMPARE(r->statusText(w.s.now()), QStringLiteral("Withdrawn before it began"));
    }

    void statusTextsThroughTheLifecycle()
    {
        World w;
        const QString id = w.invited(P, A, "2025-12");
        QCOMPARE(w.t.find(id)->statusText(w.s.now()), QStringLiteral("Awaiting response"));
        w.at("2025-11-15T12:00:00Z");
        QVERIFY(w.accepted(A, id));
        w.at("2025-12-05T00:00:00Z");
        QCOMPARE(w.t.find(id)->statusText(w.s.now()), QStringLiteral("In effect"));
        w.as(P);
        QVERIFY(w.t.withdraw(id, month("2026-03")));
        QCOMPARE(w.t.find(id)->statusText(w.s.now()), QStringLiteral("Withdrawn, ends on 31 Mar 2026"));
        QCOMPARE(w.t.find(id)->statusText(utc("2026-04-01T00:00:00Z")), QStringLiteral("Ended on 31 Mar 2026"));
    }

    void outboundQuota()
    {
        World w;
        const QString id = w.invited(P, A, "2025-12");
        QCOMPARE(codeOf(w.invite(B, A, "2025-12")),
                 QStringLiteral("RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION"));
        QCOMPARE(codeOf(w.invite(P, A, "2026-01")), QStringLiteral("RESPONSIBILITY_TRANSFER_ALREADY_EXISTS"));
        w.at("2025-11-15T12:00:00Z");
        QVERIFY(w.accepted(A, id));
        QCOMPARE(codeOf(w.invite(B, A, "2026-02")),
                 QStringLiteral("RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION"));
        QCOMPARE(codeOf(w.invite(P, A, "2026-02")), QStringLiteral("RESPONSIBILITY_TRANSFER_ALREADY_EXISTS"));
        // Declined, canceled and expired invitations do not count.
        const QString toB = w.invited(P, B, "2025-12");
        w.as(B);
        QVERIFY(w.t.decline(toB));
        QVERIFY(w.invite(C, B, "2026-01"));
    }

    void inboundQuota()
    {
        World w;
        QCOMPARE(w.t.inboundQuota(), 1000);
        QVERIFY(w.s.setSetting(QStringLiteral("transfers.inboundQuota"), QStringLiteral("2")));
        QCOMPARE(w.t.inboundQuota(), 2);
        QVERIFY(w.invite(P, A, "2025-12"));
        const QString toB = w.invited(P, B, "2025-12");
        auto third = w.invite(P, C, "2025-12");
        QCOMPARE(codeOf(third), QStringLiteral("RESPONSIBILITY_TRANSFER_MAX_INBOUND_QUOTA_VIOLATION"));
        QVERIFY(third.error().message.contains(QLatin1String("quota is 2")));
        w.as(P);
        QVERIFY(w.t.cancel(toB));
        QVERIFY(w.invite(P, C, "2025-12"));
        // Another payer's quota is its own.
        QVERIFY(w.invite(D, E, "2025-12"));
    }

    void chains()
    {
        World w;
        // A -> B -> C (two levels) is allowed.
        const QString ab = w.invited(B, A, "2025-12", QStringLiteral("A via B"));
        w.at("2025-11-11T10:00:00Z");
        QVERIFY(w.accepted(A, ab));
        const QString bc = w.invited(C, B, "2026-01", QStringLiteral("B via C"));
        QVERIFY(!bc.isEmpty());
        QVERIFY(w.accepted(B, bc));
        // A third level is refused, from above and from below.
        auto above = w.invite(D, C, "2026-01");
        QCOMPARE(codeOf(above), QStringLiteral("RESPONSIBILITY_TRANSFER_MAX_LEVEL_VIOLATION"));
        QVERIFY(above.error().message.contains(QLatin1String("3 levels")));
        QCOMPARE(codeOf(w.invite(A, E, "2026-01")), QStringLiteral("RESPONSIBILITY_TRANSFER_MAX_LEVEL_VIOLATION"));
        // A payer of one level may still take a customer of its own.
        QVERIFY(w.invite(C, D, "2026-01"));
        // A cycle is refused: A would pay for B, which (through C) pays... A is below B already.
        auto cycle = w.invite(A, B, "2026-01");
        QCOMPARE(codeOf(cycle),
                 QStringLiteral("RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION")); // B already has one
        World v;
        const QString xy = v.invited(B, A, "2025-12");
        QVERIFY(v.accepted(A, xy));
        auto loop = v.invite(A, B, "2026-01");
        QCOMPARE(codeOf(loop), QStringLiteral("RESPONSIBILITY_TRANSFER_MAX_LEVEL_VIOLATION"));
        QVERIFY(loop.error().message.contains(QLatin1String("cycle")));
    }

    void pendingInvitationsCountForLevels()
    {
        World w;
        // Both invitations are sent while nothing is accepted; the second acceptance would make three levels.
        const QString ab = w.invited(B, A, "2025-12");
        const QString bc = w.invited(C, B, "2025-12");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^invite failed: .*3 levels")));
        const QString cd = w.invited(D, C, "2025-12");
        QVERIFY(!ab.isEmpty() && !bc.isEmpty());
        QVERIFY(cd.isEmpty()); // refused at invitation already: A -> B -> C -> D counted with pending invitations
        QVERIFY(w.accepted(A, ab));
        QVERIFY(w.accepted(B, bc));
    }

    void movingFromPartnerAToPartnerB()
    {
        World w;
        // A's bill is paid by partner B from December.
        const QString first = w.invited(B, A, "2025-12", QStringLiteral("Customer A"));
        QVERIFY(w.accepted(A, first));
        w.at("2026-01-10T09:00:00Z");
        w.as(A);
        QVERIFY(w.t.withdraw(first, month("2026-03")));
        // Partner C invites A: a start before the end of the withdrawn transfer is refused, after it is fine.
        auto early = w.invite(C, A, "2026-03", QStringLiteral("Customer A"));
        QCOMPARE(codeOf(early), QStringLiteral("RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION"));
        QVERIFY(early.error().message.contains(QLatin1String("April 2026")));
        QCOMPARE(codeOf(w.invite(B, A, "2026-03")), QStringLiteral("RESPONSIBILITY_TRANSFER_ALREADY_EXISTS"));
        const QString second = w.invited(C, A, "2026-04", QStringLiteral("Customer A at C"));
        QVERIFY(!second.isEmpty());
        w.at("2026-01-20T09:00:00Z");
        QVERIFY(w.accepted(A, second));
        QCOMPARE(w.t.payerOrganizationOn(orgOf(A), utc("2026-03-31T23:59:59Z")), orgOf(B));
        QCOMPARE(w.t.payerOrganizationOn(orgOf(A), utc("2026-04-01T00:00:00Z")), orgOf(C));
        // B keeps the history of the withdrawn transfer.
        w.at("2026-06-01T00:00:00Z");
        w.as(B);
        auto history = w.t.history(first);
        QVERIFY(history);
        QVERIFY(history->size() >= 4);
        QCOMPARE(w.t.find(first)->statusText(w.s.now()), QStringLiteral("Ended on 31 Mar 2026"));
        // An organization that is not a party cannot read it.
        w.as(D);
        QCOMPARE(w.t.history(first).error().code, QStringLiteral("ACCESS_DENIED"));
    }

    void inheritance()
    {
        World w;
        const QString ab = w.invited(B, A, "2025-12", QStringLiteral("Company A"));
        QVERIFY(w.accepted(A, ab));
        w.at("2025-11-20T09:00:00Z");
        const QString bc = w.invited(C, B, "2026-01", QStringLiteral("Partner B"));
        QVERIFY(w.accepted(B, bc));
        // C pays for A too, from January, without inviting A.
        QList<ResponsibilityTransfer> inherited;
        for (const auto &t : w.t.all())
            if (t.isInherited())
                inherited << t;
        QCOMPARE(inherited.size(), 1);
        const ResponsibilityTransfer ac = inherited.first();
        QCOMPARE(ac.sourceOrganizationId, orgOf(A));
        QCOMPARE(ac.targetOrganizationId, orgOf(C));
        QCOMPARE(ac.startPeriod, month("2026-01"));
        QCOMPARE(ac.status, TransferStatus::Accepted);
        QCOMPARE(ac.inheritedViaTransferId, bc);
        QCOMPARE(ac.inheritedFromTransferId, ab);
        // C must configure A's billing group separately: it has none yet.
        const auto group = w.t.billingGroupForTransfer(ac.id);
        QVERIFY(group);
        QVERIFY(!group->hasPricing());
        QCOMPARE(group->ownerOrganizationId, orgOf(C));
        const auto attention = w.t.attention(C);
        QVERIFY(std::any_of(attention.begin(), attention.end(), [&](const AttentionItem &i) {
            return i.kind == AttentionItem::Kind::NoPricingConfigured && i.entityId == ac.id;
        }));
        // Only C configures it; then it no longer needs attention.
        w.as(A);
        QCOMPARE(w.t.configurePricing(ac.id, QStringLiteral("Passthrough")).error().code,
                 QStringLiteral("ACCESS_DENIED"));
        w.as(C);
        auto configured = w.t.configurePricing(ac.id, QStringLiteral("Passthrough"));
        QVERIFY2(configured, qPrintable(configured.error().describe()));
        QCOMPARE(configured->pricingPlan, QStringLiteral("Passthrough"));
        const auto after = w.t.attention(C);
        QVERIFY(std::none_of(after.begin(), after.end(), [](const AttentionItem &i) {
            return i.kind == AttentionItem::Kind::NoPricingConfigured;
        }));
        // The bill goes up the chain to the bill receiver.
        QCOMPARE(w.t.payerOrganizationOn(orgOf(A), utc("2025-12-15T00:00:00Z")), orgOf(B));
        QCOMPARE(w.t.payerOrganizationOn(orgOf(A), utc("2026-01-15T00:00:00Z")), orgOf(C));
        QCOMPARE(w.t.payerOrganizationOn(orgOf(B), utc("2026-01-15T00:00:00Z")), orgOf(C));
        // The inherited transfer follows the others: it cannot be withdrawn itself, and ends with them.
        w.as(C);
        QCOMPARE(codeOf(w.t.withdraw(ac.id)), QStringLiteral("INVALID_HANDSHAKE_TRANSITION"));
        w.at("2026-02-10T09:00:00Z");
        w.as(A);
        QVERIFY(w.t.withdraw(ab, month("2026-04")));
        const auto ended = *w.t.find(ac.id);
        QCOMPARE(ended.status, TransferStatus::Withdrawn);
        QCOMPARE(ended.endPeriod, month("2026-04"));
        QCOMPARE(w.t.payerOrganizationOn(orgOf(A), utc("2026-05-01T00:00:00Z")), QString());
        // Name lookup prefers the organization's own transfer over an inherited one of the same name.
        w.as(A);
        QCOMPARE(w.t.resolve(QStringLiteral("Company A"))->id, ab);
    }

    void inheritanceWhenTheLowerLevelIsAcceptedLater()
    {
        World w;
        const QString bc = w.invited(C, B, "2025-12", QStringLiteral("Partner B"));
        QVERIFY(w.accepted(B, bc));
        const QString ab = w.invited(B, A, "2026-01", QStringLiteral("Company A"));
        QVERIFY(w.accepted(A, ab));
        QCOMPARE(w.t.payerOrganizationOn(orgOf(A), utc("2026-01-01T00:00:00Z")), orgOf(C));
        int inherited = 0;
        for (const auto &t : w.t.all())
            if (t.isInherited() && t.sourceOrganizationId == orgOf(A) && t.targetOrganizationId == orgOf(C))
                ++inherited;
        QCOMPARE(inherited, 1);
    }

    void billingGroupActivatesAtStart()
    {
        World w;
        const QString id = w.invited(P, A, "2025-12");
        w.at("2025-11-15T12:00:00Z");
        QVERIFY(w.accepted(A, id));
        QVERIFY(w.t.processClock(utc("2025-11-30T23:59:59Z")));
        QCOMPARE(w.t.billingGroupForTransfer(id)->status, BillingGroupStatus::Pending);
        QVERIFY(w.t.processClock(utc("2025-12-01T00:00:00Z")));
        const auto group = *w.t.billingGroupForTransfer(id);
        QCOMPARE(group.status, BillingGroupStatus::Active);
        QCOMPARE(group.activatedAt, utc("2025-12-01T00:00:00Z"));
        // Through the clock service too (registered time handler), for a second transfer.
        const QString other = w.invited(P, B, "2026-01");
        QVERIFY(w.accepted(B, other));
        QVERIFY(w.s.clock().set(utc("2026-01-01T00:00:00Z")));
        QCOMPARE(w.t.billingGroupForTransfer(other)->status, BillingGroupStatus::Active);
    }

    void auditTrail()
    {
        World w;
        const QString id = w.invited(P, A, "2025-12", QStringLiteral("Company A"));
        w.at("2025-11-15T12:00:00Z");
        QVERIFY(w.accepted(A, id));
        w.at("2025-11-16T12:00:00Z");
        w.as(A);
        QVERIFY(w.t.rename(id, QStringLiteral("Company A Ltd")));
        w.at("2026-01-10T12:00:00Z");
        w.as(P);
        QVERIFY(w.t.withdraw(id));
        auto history = w.t.history(id);
        QVERIFY(history);
        QStringList actions, actors, clocks, effective;
        for (const AuditEntry &e : history.value()) {
            actions << e.action;
            actors << e.actor;
            clocks << e.clockTime.toString(Qt::ISODate);
            effective << (e.effective.isValid() ? e.effective.toString(Qt::ISODate) : QStringLiteral("-"));
        }
        QCOMPARE(actions,
                 (QStringList {"transfer.invite", "billing-group.create", "transfer.accept", "transfer.rename",
                               "billing-group.activate", "transfer.withdraw"}));
        QCOMPARE(actors, (QStringList {P, P, A, A, "system", P}));
        QCOMPARE(clocks,
                 (QStringList {"2025-11-10T10:00:00Z", "2025-11-10T10:00:00Z", "2025-11-15T12:00:00Z",
                               "2025-11-16T12:00:00Z", "2026-01-10T12:00:00Z", "2026-01-10T12:00:00Z"}));
        QCOMPARE(effective,
                 (QStringList {"2025-12-01T00:00:00Z", "2025-12-01T00:00:00Z", "2025-12-01T00:00:00Z", "-",
                               "2025-12-01T00:00:00Z", "2026-02-01T00:00:00Z"}));
        QVERIFY(history->at(3).details.contains(QLatin1String("\"Company A\" to \"Company A Ltd\"")));
        QCOMPARE(w.t.billingGroupForTransfer(id)->name, QStringLiteral("Company A Ltd"));
    }

    void namesAndIds()
    {
        World w;
        const QString one = w.invited(P, A, "2025-12", QStringLiteral("Same"));
        const QString two = w.invited(P, B, "2025-12", QStringLiteral("Same"));
        w.as(P);
        auto ambiguous = w.t.resolve(QStringLiteral("Same"));
        QCOMPARE(ambiguous.error().code, QStringLiteral("RESPONSIBILITY_TRANSFER_NAME_AMBIGUOUS"));
        QVERIFY(ambiguous.error().message.contains(one) && ambiguous.error().message.contains(two));
        w.as(A);
        QCOMPARE(w.t.resolve(QStringLiteral("Same"))->id, one); // unique among A's transfers
        QCOMPARE(w.t.resolve(w.t.find(one)->handshakeId)->id, one);
        QCOMPARE(w.t.resolve(QStringLiteral("Nothing")).error().code,
                 QStringLiteral("RESPONSIBILITY_TRANSFER_NOT_FOUND"));
        QCOMPARE(w.t.resolve(QStringLiteral("rt-doesnotexist")).error().code,
                 QStringLiteral("RESPONSIBILITY_TRANSFER_NOT_FOUND"));
    }

    void rolesAndReferences()
    {
        World w;
        QCOMPARE(w.s.roleOf(P), QStringLiteral("management"));
        const QString id = w.invited(P, A, "2025-12");
        QCOMPARE(w.s.roleOf(P), QStringLiteral("payer"));
        QCOMPARE(w.s.roleOf(A), QStringLiteral("management")); // only invited so far
        QVERIFY(w.accepted(A, id));
        // Nothing changes for a bill source before the start date: it still pays its own bills (DOMAIN.md 2).
        QCOMPARE(w.s.roleOf(A), QStringLiteral("management"));
        QVERIFY(!(w.as(A), w.s.isBillSourceContext()));
        w.at(QStringLiteral("2025-11-30T23:59:59Z"));
        QCOMPARE(w.s.roleOf(A), QStringLiteral("management"));
        w.at(QStringLiteral("2025-12-01T00:00:00Z")); // the start
        QCOMPARE(w.s.roleOf(A), QStringLiteral("bill-source"));
        QCOMPARE(w.s.roleOf(AMember), QStringLiteral("bill-source"));
        QVERIFY(w.s.isBillSourceContext());
        QCOMPARE(w.s.roleOf(P), QStringLiteral("payer"));
        w.as(QString());
        auto removed = w.s.directory().removeOrganization(orgOf(P));
        QVERIFY(!removed);
        QVERIFY2(removed.error().code == QLatin1String("ORGANIZATION_IN_USE"), qPrintable(removed.error().describe()));
        QVERIFY(removed.error().message.contains(QLatin1String("responsibility transfer")));
        QVERIFY(w.s.directory().removeOrganization(orgOf(E))); // no transfers: removable
    }

    void attention()
    {
        World w;
        w.at("2026-01-05T10:00:00Z");
        const QString feb = w.invited(P, A, "2026-02", QStringLiteral("Company A")); // deadline 31 Jan: 26 days away
        const QString soon = w.invited(D, B, "2026-02", QStringLiteral("Company B"));
        auto forA = w.t.attention(A);
        QCOMPARE(forA.size(), 1);
        QCOMPARE(forA.first().kind, AttentionItem::Kind::AwaitingYourResponse);
        QCOMPARE(forA.first().due, utc("2026-01-31T00:00:00Z"));
        QCOMPARE(forA.first().entityId, feb);
        QVERIFY(forA.first().title.contains(QLatin1String("31 Jan 2026, 00:00 UTC")));
        QCOMPARE(w.t.attention(P).size(), 0); // expires in more than 7 days
        w.at("2026-01-24T00:00:00Z");
        auto forD = w.t.attention(D);
        QCOMPARE(forD.size(), 1);
        QCOMPARE(forD.first().kind, AttentionItem::Kind::AboutToExpire);
        QCOMPARE(forD.first().entityId, soon);
        QVERIFY(w.accepted(A, feb));
        auto forP = w.t.attention(P);
        QCOMPARE(forP.size(), 1);
        QCOMPARE(forP.first().kind, AttentionItem::Kind::StartsThisMonth);
        QCOMPARE(forP.first().due, utc("2026-02-01T00:00:00Z"));
        w.at("2026-03-02T00:00:00Z");
        w.as(A);
        QVERIFY(w.t.withdraw(feb));
        forP = w.t.attention(P);
        QCOMPARE(forP.size(), 1);
        QCOMPARE(forP.first().kind, AttentionItem::Kind::EndsThisMonth);
        QCOMPARE(forP.first().due, utc("2026-03-31T23:59:59Z"));
    }

    void endedTransferIsClosedForEveryAction()
    {
        // Withdrawn in December with the end in December: from 1 Jan 2026 it has ended. Rename, withdraw and pricing
        // are refused by allowed() and by the actions themselves, with the same reason code and message.
        World w;
        const QString id = w.invited(P, A, "2025-12", QStringLiteral("Company A"));
        QVERIFY(w.accepted(A, id));
        w.at("2025-12-10T10:00:00Z");
        w.as(P);
        QVERIFY(w.t.withdraw(id));
        w.at("2026-01-01T00:00:00Z");
        const auto t = *w.t.find(id);
        QCOMPARE(t.stateAt(utc("2026-01-01T00:00:00Z")), TransferState::Ended);
        for (const QString &party : {P, A}) {
            w.as(party);
            const Status rename = w.t.allowed(t, TransferAction::Rename);
            QCOMPARE(rename.error().code, QStringLiteral("INVALID_HANDSHAKE_TRANSITION"));
            QCOMPARE(rename.error().message,
                     QStringLiteral("\"Company A\" ended on 31 Dec 2025: a closed transfer keeps "
                                    "its name; send a new invitation to start again."));
            const auto renamed = w.t.rename(id, QStringLiteral("Later"));
            QCOMPARE(renamed.error().code, rename.error().code);
            QCOMPARE(renamed.error().message, rename.error().message);
            const auto withdrawn = w.t.withdraw(id);
            QCOMPARE(withdrawn.error().code, QStringLiteral("INVALID_HANDSHAKE_TRANSITION"));
            QCOMPARE(withdrawn.error().message, w.t.allowed(t, TransferAction::Withdraw).error().message);
        }
        w.as(P);
        QCOMPARE(w.t.allowed(t, TransferAction::Pricing).error().message,
                 QStringLiteral("\"Company A\" ended on 31 Dec 2025: its billing group is closed and its pricing stays "
                                "as it was."));
        QCOMPARE(w.t.configurePricing(id, QStringLiteral("Passthrough")).error().code,
                 QStringLiteral("INVALID_HANDSHAKE_TRANSITION"));
        // The last second of December it was still open: renaming was allowed then.
        w.at("2025-12-31T23:59:59Z");
        QVERIFY(w.t.allowed(t, TransferAction::Rename).ok());
    }

    void attentionIsWhatCanBeDone()
    {
        World w;
        w.at("2025-11-10T10:00:00Z");
        const QString id = w.invited(P, A, "2025-12", QStringLiteral("Company A"));
        QVERIFY(w.accepted(A, id));
        // Before the start: the payer checks the pricing; the bill source has nothing to do.
        QCOMPARE(w.t.attention(P).size(), 1);
        QCOMPARE(w.t.attention(P).first().title,
                 QStringLiteral("Check the pricing of \"Company A\" before billing for "
                                "Org 2 moves to you on 1 Dec 2025"));
        QCOMPARE(w.t.attention(P).first().key, QStringLiteral("starts-this-month:") + id);
        QCOMPARE(w.t.attention(A).size(), 0);
        // Once it took effect it is history, for both parties, for months.
        for (const char *when : {"2025-12-01T00:00:00Z", "2025-12-20T00:00:00Z", "2026-03-15T00:00:00Z"}) {
            w.at(QString::fromLatin1(when));
            QCOMPARE(w.t.attention(P).size(), 0);
            QCOMPARE(w.t.attention(A).size(), 0);
        }
        // Members have no attention list: only a management account acts on transfers.
        QCOMPARE(w.t.attention(AMember).size(), 0);
        // Withdrawn, ending this month: each side is told what to do about it.
        w.as(A);
        QVERIFY(w.t.withdraw(id));
        QCOMPARE(w.t.attention(P).size(), 1);
        QCOMPARE(w.t.attention(P).first().title,
                 QStringLiteral(
                     "Invite Org 2 again if you should go on paying its bill: \"Company A\" ends on 31 Mar 2026"));
        QCOMPARE(w.t.attention(A).first().title,
                 QStringLiteral("Get ready to pay your own AWS bill again from 1 Apr 2026: "
                                "\"Company A\" with Org 1 ends on 31 Mar 2026"));
        QCOMPARE(w.t.attention(A).first().due, utc("2026-03-31T23:59:59Z"));
        // After the end: nothing.
        w.at("2026-04-01T00:00:00Z");
        QCOMPARE(w.t.attention(P).size(), 0);
        QCOMPARE(w.t.attention(A).size(), 0);
    }

    void attentionDismissAndSnoozePerAccount()
    {
        World w;
        w.at("2025-11-10T10:00:00Z");
        const QString toA = w.invited(P, A, "2025-12", QStringLiteral("Company A"));
        const QString key = QStringLiteral("awaiting-your-response:") + toA;
        w.as(A);
        QCOMPARE(w.t.attention(A).first().key, key);
        // Snoozed until 12 Nov: hidden until then, listed with --all as dismissed with its date.
        QVERIFY(w.t.dismissAttention(key, utc("2025-11-12T00:00:00Z")));
        QCOMPARE(w.t.attention(A).size(), 0);
        const auto all = w.t.attention(A, true);
        QCOMPARE(all.size(), 1);
        QVERIFY(all.first().dismissed);
        QCOMPARE(all.first().hiddenUntil, utc("2025-11-12T00:00:00Z"));
        w.at("2025-11-12T00:00:00Z");
        QCOMPARE(w.t.attention(A).size(), 1);
        QVERIFY(!w.t.attention(A).first().dismissed);
        // Dismissed for good; unknown keys, past moments and the administrator are refused.
        QVERIFY(w.t.dismissAttention(key));
        QCOMPARE(w.t.attention(A).size(), 0);
        QCOMPARE(w.t.dismissAttention(QStringLiteral("no-such-item")).error().code,
                 QStringLiteral("ATTENTION_ITEM_NOT_FOUND"));
        QCOMPARE(w.t.dismissAttention(key, utc("2025-11-01T00:00:00Z")).error().code, QStringLiteral("INVALID_DATE"));
        w.as(QString());
        QCOMPARE(w.t.dismissAttention(key).error().code, QStringLiteral("ACCESS_DENIED"));
        // Stored per account in the settings.
        QCOMPARE(w.s.setting(QStringLiteral("attention.dismissed.") + A),
                 QStringLiteral("{\"%1\":\"dismissed\"}").arg(key));
        w.as(A);
        QVERIFY(w.t.restoreAttention());
        QCOMPARE(w.t.attention(A).size(), 1);
    }

    void scenarioTagsAndAccountsFollowTheRules_data()
    {
        QTest::addColumn<QString>("transfer"); // the JSON of one transfer, with %1 for the steps
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        const QString steps = QStringLiteral("[{\"action\": \"invite\", \"at\": \"2025-11-10T10:00:00Z\"}]");
        QTest::newRow("tag value not a string")
            << QStringLiteral("{\"id\": \"rt-aaaaaaaa01\", \"name\": \"A\", \"source\": \"%1\", \"target\": "
                              "\"%2\", \"start\": \"2025-12\", \"tags\": {\"cost center\": 42}, \"steps\": %3}")
                   .arg(A, P, steps)
            << QStringLiteral("transfers[0].tags.cost center")
            << QStringLiteral("SCENARIO_INVALID_VALUE"); // a JSON type error: tag values are strings
        QTest::newRow("tags as a list") << QStringLiteral("{\"id\": \"rt-aaaaaaaa01\", \"name\": \"A\", \"source\": "
                                                          "\"%1\", \"target\": \"%2\", \"start\": \"2025-12\", "
                                                          "\"tags\": [\"cost center\"], \"steps\": %3}")
                                               .arg(A, P, steps)
                                        << QStringLiteral("transfers[0].tags")
                                        << QStringLiteral("SCENARIO_INVALID_VALUE"); // tags are an object
        QTest::newRow("empty tag key") << QStringLiteral("{\"id\": \"rt-aaaaaaaa01\", \"name\": \"A\", \"source\": "
                                                         "\"%1\", \"target\": \"%2\", \"start\": \"2025-12\", "
                                                         "\"tags\": {\"\": \"x\"}, \"steps\": %3}")
                                              .arg(A, P, steps)
                                       << QStringLiteral("transfers[0].tags.") << QStringLiteral("INVALID_TAG");
        QTest::newRow("13-digit source") << QStringLiteral("{\"id\": \"rt-aaaaaaaa01\", \"name\": \"A\", \"source\": "
                                                           "\"2000000000020\", \"target\": \"%1\", \"start\": "
                                                           "\"2025-12\", \"steps\": %2}")
                                                .arg(P, steps)
                                         << QStringLiteral("transfers[0].source")
                                         << QStringLiteral("INVALID_ACCOUNT_ID");
        QTest::newRow("11-digit target") << QStringLiteral("{\"id\": \"rt-aaaaaaaa01\", \"name\": \"A\", \"source\": "
                                                           "\"%1\", \"target\": \"10000000000\", \"start\": "
                                                           "\"2025-12\", \"steps\": %2}")
                                                .arg(A, steps)
                                         << QStringLiteral("transfers[0].target")
                                         << QStringLiteral("INVALID_ACCOUNT_ID");
    }

    void scenarioTagsAndAccountsFollowTheRules()
    {
        QFETCH(QString, transfer);
        QFETCH(QString, field);
        QFETCH(QString, code);
        World w;
        w.as(QString());
        const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(transfer).toUtf8());
        QVERIFY(doc.isArray());
        QList<Services::ScenarioSection> sections = w.s.scenarioSections();
        const auto it = std::find_if(sections.begin(), sections.end(), [](const Services::ScenarioSection &s) {
            return s.key == QLatin1String("transfers");
        });
        QVERIFY(it != sections.end());
        const Status s = it->apply(doc.array());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, field);
        QCOMPARE(s.error().code, code);
        QCOMPARE(w.t.all().size(), 0);
    }

    void scenarioRoundTrip()
    {
        World w;
        const QString ab = w.invited(B, A, "2025-12", QStringLiteral("Company A"));
        w.at("2025-11-12T08:00:00Z");
        QVERIFY(w.accepted(A, ab));
        const QString bc = w.invited(C, B, "2026-01", QStringLiteral("Partner B"));
        QVERIFY(w.accepted(B, bc));
        QString inheritedId;
        for (const auto &t : w.t.all())
            if (t.isInherited())
                inheritedId = t.id;
        w.as(C);
        QVERIFY(w.t.configurePricing(inheritedId, QStringLiteral("Passthrough")));
        const QString de = w.invited(D, E, "2025-12", QStringLiteral("Expires"));
        QVERIFY(!de.isEmpty());
        w.at("2026-01-10T08:00:00Z");
        w.as(A);
        QVERIFY(w.t.rename(ab, QStringLiteral("Company A Ltd")));
        QVERIFY(w.t.withdraw(ab, month("2026-02")));
        w.as(QString());
        QVERIFY(w.s.clock().set(utc("2026-01-15T09:00:00Z")));
        ScenarioService scenarios(w.s);
        auto exported = scenarios.exportScenario();
        QVERIFY(exported);
        const QJsonArray transfers = exported->value(QStringLiteral("transfers")).toArray();
        QCOMPARE(transfers.size(), 3); // the inherited one is recreated by replay, not exported
        const QJsonObject first = transfers.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), ab);
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Company A"));
        QCOMPARE(first.value(QStringLiteral("steps")).toArray().size(), 4);
        QCOMPARE(first.value(QStringLiteral("steps")).toArray().at(3).toObject(),
                 (QJsonObject {
                     {"action", "withdraw"}, {"at", "2026-01-10T08:00:00Z"}, {"by", "source"}, {"end", "2026-02"}}));

        test::TempServices fresh;
        QVERIFY(fresh->setActingAccount(QString()));
        ScenarioService applier(*fresh);
        auto applied = applier.apply(exported.value());
        QVERIFY2(applied, qPrintable(applied.error().describe()));
        auto again = ScenarioService(*fresh).exportScenario();
        QVERIFY(again);
        QCOMPARE(again->value(QStringLiteral("transfers")), exported->value(QStringLiteral("transfers")));
        QCOMPARE(fresh->transfers().find(ab)->name, QStringLiteral("Company A Ltd"));
        QCOMPARE(fresh->transfers().find(de)->status, TransferStatus::Expired);
        QCOMPARE(fresh->transfers().all().size(), 4); // with the inherited A -> C
        QCOMPARE(fresh->transfers().billingGroupForTransfer(inheritedId)->pricingPlan, QStringLiteral("Passthrough"));
        QCOMPARE(fresh->transfers().history(ab)->size(), w.t.history(ab)->size());
        QVERIFY(fresh->isAdministrator());
    }

    void scenarioErrors()
    {
        World w;
        w.as(QString());
        ScenarioService scenarios(w.s);
        QJsonObject scenario {{"format", "billingdesk-scenario"}, {"version", 1}};
        scenario.insert(
            QStringLiteral("transfers"),
            QJsonArray {QJsonObject {
                {"id", "rt-abcdefgh01"},
                {"name", "X"},
                {"source", A},
                {"target", P},
                {"start", "2025-12"},
                {"steps",
                 QJsonArray {QJsonObject {{"action", "invite"}, {"at", "2025-11-10T10:00:00Z"}},
                             QJsonObject {{"action", "cancel"}, {"at", "2025-11-11T10:00:00Z"}, {"by", "source"}}}}}});
        auto r = scenarios.apply(scenario);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("ACCESS_DENIED"));
        QCOMPARE(r.error().field, QStringLiteral("transfers[0].steps[1]"));
        QCOMPARE(w.t.all().size(), 0); // all or nothing
    }
};

QTEST_GUILESS_MAIN(tst_TransferService)
#include "tst_TransferService.moc"
