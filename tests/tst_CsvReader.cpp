#include "storage/CsvReader.h"

#include "TestSupport.h"

#include <QTest>

#include <zlib.h>

using namespace bd;

namespace {

// All records of the data as lists of strings, with the line each starts on; error code last if any.
struct Parsed
{
    QList<QStringList> records;
    QList<qint64> lines;
    QString error;
    qint64 errorLine = 0;
    QList<bool> utf8;
};

Parsed parse(const QByteArray &data)
{
    Parsed out;
    CsvReader reader;
    if (!reader.openData(data)) {
        out.error = reader.error().code;
        out.errorLine = reader.error().line;
        return out;
    }
    for (;;) {
        const auto st = reader.next();
        if (st == CsvReader::Status::End)
            break;
        if (st == CsvReader::Status::Error) {
            out.error = reader.error().code;
            out.errorLine = reader.error().line;
            if (reader.error().recoverable)
                continue;
            break;
        }
        QStringList r;
        for (auto f : reader.fields())
            r << QString::fromUtf8(f.data(), qsizetype(f.size()));
        out.records << r;
        out.lines << reader.line();
        out.utf8 << reader.validUtf8();
    }
    return out;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream zs {};
    deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&zs, uLong(data.size()))) + 64, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("expected");
        QTest::addColumn<QList<qint64>>("lines");
        using L = QList<QStringList>;
        QTest::newRow("lf") << QByteArray("a,b\n1,2\n") << L {{"a", "b"}, {"1", "2"}} << QList<qint64> {1, 2};
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << L {{"a", "b"}, {"1", "2"}} << QList<qint64> {1, 2};
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                           "a,b\n1,2\n")
                             << L {{"a", "b"}, {"1", "2"}} << QList<qint64> {1, 2};
        QTest::newRow("no final newline")
            << QByteArray("a,b\n1,2") << L {{"a", "b"}, {"1", "2"}} << QList<qint64> {1, 2};
        QTest::newRow("crlf no final newline")
            << QByteArray("a,b\r\n1,2\r") << L {{"a", "b"}, {"1", "2"}} << QList<qint64> {1, 2};
        QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << L {{"a", "b", "c"}, {"", "", ""}}
                                      << QList<qint64> {1, 2};
        QTest::newRow("quoted comma") << QByteArray("a,b\n\"x, y\",2\n") << L {{"a", "b"}, {"x, y", "2"}}
                                      << QList<qint64> {1, 2};
        QTest::newRow("doubled quotes") << QByteArray("a\n\"say \"\"hi\"\"\"\n") << L {{"a"}, {"say \"hi\""}}
                                        << QList<qint64> {1, 2};
        QTest::newRow("quoted newline") << QByteArray("a,b\n\"line1\nline2\",x\n3,4\n")
                                        << L {{"a", "b"}, {"line1\nline2", "x"}, {"3", "4"}} << QList<qint64> {1, 2, 4};
        QTest::newRow("quoted crlf inside")
            << QByteArray("a\r\n\"p\r\nq\"\r\nz\r\n") << L {{"a"}, {"p\r\nq"}, {"z"}} << QList<qint64> {1, 2, 4};
        QTest::newRow("empty quoted") << QByteArray("a,b\n\"\",1\n") << L {{"a", "b"}, {"", "1"}}
                                      << QList<qint64> {1, 2};
        QTest::newRow("blank line skipped")
            << QByteArray("a\n1\n\n2\n") << L {{"a"}, {"1"}, {"2"}} << QList<qint64> {1, 2, 4};
    }
    void records()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, expected);
        QFETCH(QList<qint64>, lines);
        const Parsed p = parse(input);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.records, expected);
        QCOMPARE(p.lines, lines);
        // The same through gzip.
        const Parsed z = parse(gzip(input));
        QCOMPARE(z.error, QString());
        QCOMPARE(z.records, expected);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("line");
        QTest::newRow("empty") << QByteArray() << "EMPTY_FILE" << qint64(1);
        QTest::newRow("utf16 le bom") << QByteArray("\xFF\xFE"
                                                    "a\0,\0b\0",
                                                    8)
                                      << "ENCODING_UTF16" << qint64(1);
        QTest::newRow("utf16 be bom") << QByteArray("\xFE\xFF\0a\0,\0b", 8) << "ENCODING_UTF16" << qint64(1);
        QTest::newRow("utf16 no bom") << QByteArray("a\0,\0b\0\n\0", 8) << "ENCODING_UTF16" << qint64(1);
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,2\n\"open,3\n") << "UNTERMINATED_QUOTE" << qint64(3);
        QTest::newRow("text after quote") << QByteArray("a,b\n\"x\"y,2\n") << "CSV_SYNTAX" << qint64(2);
    }
    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, code);
        QFETCH(qint64, line);
        const Parsed p = parse(input);
        QCOMPARE(p.error, code);
        QCOMPARE(p.errorLine, line);
    }

    void syntaxErrorIsRecoverable()
    {
        const Parsed p = parse("a,b\n\"x\"y,2\n3,4\n");
        QCOMPARE(p.error, QStringLiteral("CSV_SYNTAX"));
        QCOMPARE(p.records, (QList<QStringList> {{"a", "b"}, {"3", "4"}}));
        QCOMPARE(p.lines, (QList<qint64> {1, 3}));
    }

    void latin1IsFlagged()
    {
        const Parsed p = parse("a,b\ncaf\xE9,1\ncaf\xC3\xA9,2\n");
        QCOMPARE(p.error, QString());
        QCOMPARE(p.utf8, (QList<bool> {true, false, true}));
    }

    void utf8Validation()
    {
        QVERIFY(isValidUtf8("plain"));
        QVERIFY(isValidUtf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"));
        QVERIFY(!isValidUtf8("caf\xE9"));
        QVERIFY(!isValidUtf8("\xC0\xAF")); // overlong
        QVERIFY(!isValidUtf8("\xED\xA0\x80")); // surrogate
        QVERIFY(!isValidUtf8("\xE2\x82")); // cut short
    }

    void veryLongFieldAcrossBuffers()
    {
        // A 9 MB quoted field (larger than the initial 4 MB buffer) with commas and newlines inside.
        QByteArray big(9 * 1024 * 1024, 'x');
        for (qsizetype i = 1000; i < big.size(); i += 100000)
            big[i] = ',';
        big[5] = '\n';
        const QByteArray input = "h1,h2\n1,\"" + big + "\"\n2,short\n";
        const Parsed p = parse(input);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.records.size(), 3);
        QCOMPARE(p.records.at(1).at(1).size(), big.size());
        QCOMPARE(p.records.at(1).at(1).toUtf8(), big);
        QCOMPARE(p.records.at(2), (QStringList {"2", "short"}));
        QCOMPARE(p.lines, (QList<qint64> {1, 2, 4}));
    }

    void manyRecordsAcrossBlocks()
    {
        QByteArray input = "id,value\n";
        for (int i = 0; i < 200000; ++i)
            input += QByteArray::number(i) + ",\"v," + QByteArray::number(i) + "\"\r\n";
        for (const QByteArray &data : {input, gzip(input)}) {
            CsvReader reader;
            QVERIFY(reader.openData(data));
            QCOMPARE(reader.next(), CsvReader::Status::Record);
            qint64 n = 0;
            while (reader.next() == CsvReader::Status::Record) {
                QCOMPARE(reader.fields().size(), size_t(2));
                if (reader.fields()[0] != std::string_view(QByteArray::number(n).constData()))
                    QFAIL("record out of order");
                QCOMPARE(reader.line(), n + 2);
                ++n;
            }
            QCOMPARE(reader.error().code, QString());
            QCOMPARE(n, qint64(200000));
            QCOMPARE(reader.bytesConsumed(), qint64(data.size()));
        }
    }

    void truncatedGzip()
    {
        QByteArray input = "id,value\n";
        for (int i = 0; i < 50000; ++i)
            input += QByteArray::number(i) + ",some text to compress " + QByteArray::number(i * 7) + "\n";
        const QByteArray z = gzip(input);
        const Parsed p = parse(z.left(z.size() / 2));
        QCOMPARE(p.error, QStringLiteral("GZIP_TRUNCATED"));
        QVERIFY(!p.records.isEmpty());
        QVERIFY(p.records.size() < 50001);
        const Parsed damaged = parse(z.left(100) + QByteArray(200, '\x55') + z.mid(300));
        QVERIFY(damaged.error == QLatin1String("GZIP_DAMAGED") || damaged.error == QLatin1String("GZIP_TRUNCATED"));
    }

    void concatenatedGzipMembers()
    {
        const Parsed p = parse(gzip("a,b\n1,2\n") + gzip("3,4\n"));
        QCOMPARE(p.error, QString());
        QCOMPARE(p.records, (QList<QStringList> {{"a", "b"}, {"1", "2"}, {"3", "4"}}));
    }

    void fileFixtures()
    {
        CsvReader reader;
        QVERIFY(reader.open(test::testDataPath(QStringLiteral("import/good_cur2.csv.gz"))));
        QVERIFY(reader.compressed());
        int records = 0;
        while (reader.next() == CsvReader::Status::Record)
            ++records;
        QCOMPARE(records, 6);
        CsvReader missing;
        QVERIFY(!missing.open(QStringLiteral("/nonexistent/file.csv")));
        QCOMPARE(missing.error().code, QStringLiteral("FILE_NOT_FOUND"));
    }
};

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_CsvReader.moc"
