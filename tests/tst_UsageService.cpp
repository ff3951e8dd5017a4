// The "usage" scenario section and UsageService: generation for the directory's organizations, imported in the
// scenario's transaction; validation of the section; refusals.
#include "TestSupport.h"

#include "services/ClockService.h"
#include "services/DirectoryService.h"
#include "services/ImportService.h"
#include "services/ScenarioService.h"
#include "services/UsageService.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace bd;

namespace {

void addOrganizations(Services &s)
{
    Organization a {QStringLiteral("o-alpha00001"),
                    QStringLiteral("Alpha"),
                    QStringLiteral("111111111111"),
                    QStringLiteral("a@alpha.example"),
                    true,
                    false};
    Organization b {QStringLiteral("o-bravo00001"),
                    QStringLiteral("Bravo"),
                    QStringLiteral("222222222222"),
                    QStringLiteral("b@bravo.example"),
                    true,
                    false};
    QVERIFY(s.directory().addOrganization(a, QStringLiteral("Alpha Management"), QStringLiteral("US")).ok());
    QVERIFY(s.directory().addOrganization(b, QStringLiteral("Bravo Management"), QStringLiteral("JP")).ok());
    QVERIFY(s.directory()
                .addAccount({QStringLiteral("111111111122"),
                             QStringLiteral("Alpha UK"),
                             {},
                             QStringLiteral("GB"),
                             QStringLiteral("o-alpha00001")})
                .ok());
}

Services::ScenarioSection usageSection(Services &s)
{
    for (const auto &section : s.scenarioSections())
        if (section.key == QLatin1String("usage"))
            return section;
    return {};
}

} // namespace

class tst_UsageService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sectionIsRegistered()
    {
        test::TempServices t;
        const auto section = usageSection(*t);
        QCOMPARE(section.key, QStringLiteral("usage"));
        QCOMPARE(section.order, 90);
        QVERIFY(section.apply);
    }

    void requestValidation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("field");
        QTest::newRow("defaults") << QByteArray("{}") << true << QString();
        QTest::newRow("all") << QByteArray(R"({"months": 6, "rows": 1000000, "seed": 7, "start": "2025-07"})") << true
                             << QString();
        QTest::newRow("unknown key") << QByteArray(R"({"month": 3})") << false << QStringLiteral("usage.month");
        QTest::newRow("fraction") << QByteArray(R"({"rows": 10.5})") << false << QStringLiteral("usage.rows");
        QTest::newRow("text") << QByteArray(R"({"rows": "many"})") << false << QStringLiteral("usage.rows");
        QTest::newRow("zero months") << QByteArray(R"({"months": 0})") << false << QStringLiteral("usage.months");
        QTest::newRow("negative seed") << QByteArray(R"({"seed": -1})") << false << QStringLiteral("usage.seed");
        QTest::newRow("bad start") << QByteArray(R"({"start": "July"})") << false << QStringLiteral("usage.start");
    }

    void requestValidation()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(QString, field);
        const auto r = UsageService::requestFromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(r.ok(), ok);
        if (!ok) {
            QCOMPARE(r.error().field, field);
            QCOMPARE(r.error().kind, Error::Kind::Input);
        } else if (json == "{}") {
            QCOMPARE(r->months, 3);
            QCOMPARE(r->rows, qint64(20000));
            QCOMPARE(r->seed, quint64(42));
        }
        QVERIFY(!UsageService::requestFromJson(QJsonValue(3)).ok());
    }

    void applyImportsForEveryOrganization()
    {
        test::TempServices t;
        addOrganizations(*t);
        t->clock().setOverride(QDateTime(QDate(2026, 1, 15), QTime(9, 0), QTimeZone::utc()));
        const auto section = usageSection(*t);
        {
            Transaction tx(t->storage());
            QVERIFY(section
                        .apply(QJsonObject {
                            {QStringLiteral("months"), 2}, {QStringLiteral("rows"), 2000}, {QStringLiteral("seed"), 7}})
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        const auto imports = t->imports().imports().value();
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports.first().rowsImported, qint64(2000));
        QCOMPARE(t->imports().lineItemCount(), qint64(2000));
        // Two organizations x the two complete months before the clock (November and December 2025).
        QCOMPARE(imports.first().totals.size(), 4);
        QSet<QString> seen;
        for (const PayerPeriodTotal &total : imports.first().totals) {
            seen.insert(total.organizationId + QLatin1Char('|') + total.period.toString());
            QCOMPARE(total.rows, qint64(500));
            QCOMPARE(total.currency, QStringLiteral("USD"));
        }
        QCOMPARE(seen,
                 (QSet<QString> {QStringLiteral("o-alpha00001|2025-11"), QStringLiteral("o-alpha00001|2025-12"),
                                 QStringLiteral("o-bravo00001|2025-11"), QStringLiteral("o-bravo00001|2025-12")}));
        // No organization was invented: the payers are the management accounts.
        QCOMPARE(t->directory().organizations().size(), 2);

        // Generating again replaces the same months instead of doubling them.
        auto again = t->usage().generateAndImport({2, 2000, 7, {}});
        QVERIFY2(again.ok(), qPrintable(again.error().describe()));
        QCOMPARE(t->imports().imports().value().size(), 1);
        QCOMPARE(t->imports().lineItemCount(), qint64(2000));
    }

    void sameSeedSameData()
    {
        Decimal totals[2];
        for (Decimal &total : totals) {
            test::TempServices t;
            addOrganizations(*t);
            t->clock().setOverride(QDateTime(QDate(2026, 1, 15), QTime(9, 0), QTimeZone::utc()));
            auto r = t->usage().generateAndImport({1, 3000, 11, {}});
            QVERIFY2(r.ok(), qPrintable(r.error().describe()));
            total = t->imports().imports().value().first().billable;
        }
        QVERIFY(totals[0] > Decimal::fromInt(0));
        QCOMPARE(totals[0], totals[1]);
    }

    void demoScenarioHasASmallUsageSection()
    {
        QJsonObject demo = ScenarioService::demoScenario();
        QVERIFY(demo.contains(QStringLiteral("usage")));
        const auto request = UsageService::requestFromJson(demo.value(QStringLiteral("usage")));
        QVERIFY(request.ok());
        QVERIFY(request->rows <= 50000); // a fast first start
        test::TempServices t;
        QVERIFY2(ScenarioService(*t).apply(demo).ok(), "the demo scenario applies");
        QCOMPARE(t->imports().lineItemCount(), request->rows);
    }

    void refusals()
    {
        test::TempServices t;
        auto none = t->usage().generateAndImport({1, 100, 1, {}});
        QCOMPARE(none.error().code, QStringLiteral("NO_ORGANIZATIONS"));
        addOrganizations(*t);
        // Bravo's bill is paid by Alpha from the clock's month after next: then Bravo is a bill-source context.
        QVERIFY(test::putTransferInEffect(*t, QStringLiteral("111111111111"), QStringLiteral("222222222222")));
        QVERIFY(t->setActingAccount(QStringLiteral("222222222222")).ok());
        auto denied = t->usage().generateAndImport({1, 100, 1, {}});
        QCOMPARE(denied.error().code, QStringLiteral("ACCESS_DENIED"));
        QCOMPARE(t->imports().lineItemCount(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_UsageService)
#include "tst_UsageService.moc"
