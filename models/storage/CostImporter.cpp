#include "CostImporter.h"

#include "CsvReader.h"
#include "Database.h"
#include "domain/Currency.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>

#include <sqlite3.h>
#ifdef BILLINGDESK_HAVE_OPENSSL
#include <openssl/evp.h>
#endif

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <limits>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CostImporter", text);
}

// The offending text of a problem, shortened, with control characters shown as their Unicode control pictures
// (NUL as U+2400 "␀"): a report, a terminal or a JSON file never receives the raw bytes.
QString quoteText(std::string_view text)
{
    QString s = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (s.size() > 200)
        s = s.left(200) + QStringLiteral("...");
    for (QChar &c : s)
        if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            c = QChar(char16_t(0x2400 + c.unicode()));
    return s;
}

// Names the file in a message that does not name it yet ("costs.csv: ...").
QString namingFile(const QString &path, const QString &message)
{
    const QString name = QFileInfo(path).fileName();
    if (name.isEmpty() || message.contains(name))
        return message;
    return QCoreApplication::translate("CostImporter", "%1: %2").arg(name, message);
}

// Usage and charge dates may lie this many days outside the row's billing period (see parseRow).
constexpr int DateToleranceDays = 1;
// Billing periods BillingDesk accepts: 2000-01 to 2099-12 (month indexes year * 12 + month - 1). A year 1 or
// 9999 is a damaged value, not a bill.
constexpr int FirstPeriod = 2000 * 12;
constexpr int LastPeriod = 2099 * 12 + 11;

bool isNull(std::string_view v)
{
    return v.empty() || v == "NULL" || v == "null";
}

// --- Dates ------------------------------------------------------------------------------------------

int daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + int(doe) - 719468;
}

void civilFromDays(int z, int &y, int &m, int &d)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int yy = int(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = yy + (m <= 2);
}

int daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

bool digits(std::string_view s, std::size_t at, std::size_t count, int &value)
{
    if (at + count > s.size())
        return false;
    int v = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    value = v;
    return true;
}

// --- Hashing ----------------------------------------------------------------------------------------

inline std::uint64_t mix(std::uint64_t h, std::uint64_t w)
{
    h ^= w + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdULL;
}

// MurmurHash3's finalizer: every input bit reaches the low bits that index the table.
inline std::size_t finish(std::uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return std::size_t(h);
}

struct DetailKey
{
    std::uint32_t payer, account, service, serviceName, usageType, operation, region, lineItemType, billingEntity,
        invoicingEntity, taxType, currency;
    std::int32_t period;
    bool operator==(const DetailKey &) const = default;
};
struct DetailHash
{
    std::size_t operator()(const DetailKey &k) const
    {
        std::uint64_t h = 0;
        h = mix(h, (std::uint64_t(k.payer) << 32) | k.account);
        h = mix(h, (std::uint64_t(k.service) << 32) | k.serviceName);
        h = mix(h, (std::uint64_t(k.usageType) << 32) | k.operation);
        h = mix(h, (std::uint64_t(k.region) << 32) | k.lineItemType);
        h = mix(h, (std::uint64_t(k.billingEntity) << 32) | k.invoicingEntity);
        h = mix(h, (std::uint64_t(k.taxType) << 32) | k.currency);
        h = mix(h, std::uint64_t(std::uint32_t(k.period)));
        return finish(h);
    }
};
struct DailyKey
{
    std::uint32_t payer, account, service, lineItemType, currency;
    std::int32_t period, day;
    bool operator==(const DailyKey &) const = default;
};
struct DailyHash
{
    std::size_t operator()(const DailyKey &k) const
    {
        std::uint64_t h = 0;
        h = mix(h, (std::uint64_t(k.payer) << 32) | k.account);
        h = mix(h, (std::uint64_t(k.service) << 32) | k.lineItemType);
        h = mix(h, (std::uint64_t(k.currency) << 32) | std::uint32_t(k.day));
        h = mix(h, std::uint64_t(std::uint32_t(k.period)));
        return finish(h);
    }
};
struct Sums
{
    std::int64_t rows = 0;
    Int128 usage = 0; // millionths
    Int128 billable = 0;
    Int128 publicOnDemand = 0;
    void add(const Sums &o)
    {
        rows += o.rows;
        usage += o.usage;
        billable += o.billable;
        publicOnDemand += o.publicOnDemand;
    }
};

// The dimensions of a line item as stored in cost_line_dims: the detail rollup's key plus the invoice id.
struct DimsKey
{
    DetailKey detail;
    std::uint32_t invoiceId;
    bool operator==(const DimsKey &) const = default;
};
struct DimsHash
{
    std::size_t operator()(const DimsKey &k) const { return finish(mix(DetailHash()(k.detail), k.invoiceId)); }
};

// Key -> dense 1-based index, open addressing with linear probing (see FlatSums).
template<typename Key, typename Hash> class FlatIndex
{
public:
    FlatIndex() { m_slots.resize(1024); }
    std::uint32_t indexOf(const Key &key, bool &added)
    {
        std::size_t mask = m_slots.size() - 1;
        std::size_t i = Hash()(key) & mask;
        for (;;) {
            Slot &slot = m_slots[i];
            if (slot.index == 0)
                break;
            if (slot.key == key) {
                added = false;
                return slot.index;
            }
            i = (i + 1) & mask;
        }
        added = true;
        m_keys.push_back(key);
        const std::uint32_t index = std::uint32_t(m_keys.size());
        if (m_keys.size() * 4 > m_slots.size() * 3) {
            grow();
            return index;
        }
        m_slots[i].key = key;
        m_slots[i].index = index;
        return index;
    }

    const Key &keyAt(std::size_t i) const { return m_keys[i]; } // 0-based, in insertion order

private:
    struct Slot
    {
        Key key {};
        std::uint32_t index = 0; // 1-based into m_keys; 0 = empty
    };
    void grow()
    {
        std::vector<Slot> table(m_slots.size() * 2);
        const std::size_t mask = table.size() - 1;
        for (std::size_t n = 0; n < m_keys.size(); ++n) {
            std::size_t i = Hash()(m_keys[n]) & mask;
            while (table[i].index != 0)
                i = (i + 1) & mask;
            table[i].key = m_keys[n];
            table[i].index = std::uint32_t(n + 1);
        }
        m_slots.swap(table);
    }
    std::vector<Slot> m_slots;
    std::vector<Key> m_keys;
};

// Open addressing with linear probing, power-of-two capacity: rollup keys are few (thousands to a few hundred
// thousand) and looked up once per row, so this beats std::unordered_map's node chasing and modulo by a prime.
// Slots hold the key and an index into a dense array of sums, which keeps the table small (memory stays bounded by
// the number of distinct keys, never by the number of rows).
template<typename Key, typename Hash> class FlatSums
{
public:
    Sums &operator[](const Key &key)
    {
        bool added = false;
        const std::uint32_t index = m_index.indexOf(key, added);
        if (added)
            m_sums.emplace_back();
        return m_sums[index - 1];
    }
    template<typename F> void forEach(F &&f) const
    {
        for (std::size_t i = 0; i < m_sums.size(); ++i)
            f(m_index.keyAt(i), m_sums[i]);
    }
    std::size_t size() const { return m_sums.size(); }

private:
    FlatIndex<Key, Hash> m_index;
    std::vector<Sums> m_sums;
};

// --- Pipeline -----------------------------------------------------------------------------------------

struct EncodedRow
{
    std::int32_t period;
    std::int32_t day;
    std::uint32_t payer, account, lineItemType, service, serviceName, usageType, operation, region, billingEntity,
        invoicingEntity, taxType, invoiceId, currency;
    std::uint32_t dims; // 1-based index of the row's DimsKey in this import
    bool usageNull;
    bool podNull;
    std::int64_t usage;
    std::int64_t billable;
    std::int64_t publicOnDemand;
};

struct NewEntry
{
    std::uint32_t id;
    std::string_view value; // points into the dictionary's stable storage
};

struct Batch
{
    std::vector<EncodedRow> rows;
    std::vector<NewEntry> entries;
    std::vector<DimsKey> dims; // new dimension combinations, in index order
};

constexpr std::size_t BatchRows = 4096;
constexpr std::size_t QueueDepth = 8;
constexpr int RowParams = 5; // bound columns of cost_line_items (import_id is a literal)
constexpr int MultiRows = 64; // rows per multi-row INSERT

class BatchQueue
{
public:
    // Producer side.
    std::unique_ptr<Batch> takeFree()
    {
        std::unique_lock lock(m_mutex);
        if (!m_free.empty()) {
            auto b = std::move(m_free.back());
            m_free.pop_back();
            return b;
        }
        auto b = std::make_unique<Batch>();
        b->rows.reserve(BatchRows);
        return b;
    }
    bool push(std::unique_ptr<Batch> batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_full.size() < QueueDepth || m_stopped; });
        if (m_stopped)
            return false;
        m_full.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }
    void finish()
    {
        std::unique_lock lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }
    // Consumer side: nullptr when the producer finished and everything was taken.
    std::unique_ptr<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_full.empty() || m_finished; });
        if (m_full.empty())
            return nullptr;
        auto b = std::move(m_full.front());
        m_full.pop_front();
        m_notFull.notify_one();
        return b;
    }
    void recycle(std::unique_ptr<Batch> batch)
    {
        batch->rows.clear();
        batch->entries.clear();
        batch->dims.clear();
        std::unique_lock lock(m_mutex);
        m_free.push_back(std::move(batch));
    }
    void stop()
    {
        std::unique_lock lock(m_mutex);
        m_stopped = true;
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<std::unique_ptr<Batch>> m_full;
    std::vector<std::unique_ptr<Batch>> m_free;
    bool m_finished = false;
    bool m_stopped = false;
};

// Text values -> small integer ids. Keys are views into append-only storage (never moves).
class Dictionary
{
public:
    void load(std::uint32_t id, const QByteArray &value)
    {
        m_storage.emplace_back(value.constData(), std::size_t(value.size()));
        const std::string_view v = m_storage.back();
        m_map.emplace(v, id);
        m_next = std::max(m_next, id + 1);
    }
    std::uint32_t idOf(std::string_view value, std::vector<NewEntry> &added)
    {
        const auto it = m_map.find(value);
        if (it != m_map.end())
            return it->second;
        m_storage.emplace_back(value);
        const std::string_view v = m_storage.back();
        const std::uint32_t id = m_next++;
        m_map.emplace(v, id);
        m_byNewId.emplace(id, v);
        added.push_back({id, v});
        return id;
    }
    std::string_view stored(std::string_view value) const
    {
        const auto it = m_map.find(value);
        return it == m_map.end() ? std::string_view() : it->first;
    }
    std::string_view text(std::uint32_t id) const
    {
        const auto it = m_byNewId.find(id);
        if (it != m_byNewId.end())
            return it->second;
        for (const auto &[k, v] : m_map)
            if (v == id)
                return k;
        return {};
    }

private:
    std::deque<std::string> m_storage;
    std::unordered_map<std::string_view, std::uint32_t> m_map;
    std::unordered_map<std::uint32_t, std::string_view> m_byNewId;
    std::uint32_t m_next = 1;
};

// A small direct-mapped cache per column in front of the dictionary: most columns repeat a few hundred values, so
// most lookups end with one cheap hash of the first and last 8 bytes and one comparison.
struct ColumnCache
{
    struct Entry
    {
        std::string_view value; // stored text
        std::uint32_t id = 0;
    };
    Entry entries[256];

    static std::size_t slot(std::string_view v)
    {
        std::uint64_t a = 0, b = 0;
        const std::size_t n = v.size();
        if (n >= 8) {
            std::memcpy(&a, v.data(), 8);
            std::memcpy(&b, v.data() + n - 8, 8);
        } else {
            std::memcpy(&a, v.data(), n);
        }
        const std::uint64_t h = (a * 0x9E3779B97F4A7C15ULL) ^ ((b + n) * 0xC2B2AE3D27D4EB4FULL);
        return std::size_t((h ^ (h >> 29)) >> 56);
    }
    std::uint32_t find(std::string_view v) const
    {
        const Entry &e = entries[slot(v)];
        return e.id != 0 && e.value == v ? e.id : 0;
    }
    void put(std::string_view stored, std::uint32_t id) { entries[slot(stored)] = {stored, id}; }
};

// Exports repeat a few hundred distinct timestamps (one billing period, hourly usage starts) a million times:
// a direct-mapped cache of valid ones, by their exact text, in front of CostImporter::parseTimestamp. Invalid text
// is never cached, so it always goes through the parser and its error.
class TimestampCache
{
public:
    bool parse(std::string_view v, int &day, int &monthIndex)
    {
        if (v.size() > sizeof(Entry::text))
            return CostImporter::parseTimestamp(v, day, monthIndex);
        std::uint64_t h = v.size();
        for (std::size_t i = 0; i < v.size(); i += 8) {
            std::uint64_t w = 0;
            std::memcpy(&w, v.data() + i, std::min<std::size_t>(8, v.size() - i));
            h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
        }
        Entry &e = m_entries[std::size_t(h >> 54)]; // top 10 bits: 1024 entries
        if (e.size == v.size() && e.size != 0 && std::memcmp(e.text, v.data(), v.size()) == 0) {
            day = e.day;
            monthIndex = e.monthIndex;
            return true;
        }
        if (!CostImporter::parseTimestamp(v, day, monthIndex))
            return false;
        std::memcpy(e.text, v.data(), v.size());
        e.size = std::uint8_t(v.size());
        e.day = day;
        e.monthIndex = monthIndex;
        return true;
    }

private:
    struct Entry
    {
        char text[32];
        std::uint8_t size = 0; // 0: empty
        int day = 0;
        int monthIndex = 0;
    };
    Entry m_entries[1024];
};

struct Sha256
{
#ifdef BILLINGDESK_HAVE_OPENSSL
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    Sha256()
    {
        EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    }
    ~Sha256()
    {
        EVP_MD_CTX_free(ctx);
    }
    void add(const char *data, std::size_t size)
    {
        EVP_DigestUpdate(ctx, data, size);
    }
    QString hex()
    {
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        EVP_DigestFinal_ex(ctx, out, &len);
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), int(len)).toHex());
    }
#else
    QCryptographicHash hash {QCryptographicHash::Sha256};
    void add(const char *data, std::size_t size)
    {
        hash.addData(QByteArrayView(data, qsizetype(size)));
    }
    QString hex()
    {
        return QString::fromLatin1(hash.result().toHex());
    }
#endif
    static void observe(void *self, const char *data, std::size_t size)
    {
        static_cast<Sha256 *>(self)->add(data, size);
    }
};

// SHA-256 of the file on a thread of its own: hashing 380 MB takes about 0.2 s of CPU, a quarter of the parser
// thread's work. The reader's raw blocks are copied (a few hundred microseconds per MB) into a small pool of
// buffers, so the hash is exactly over the bytes that were parsed. Memory: at most Blocks buffers of 1 MB.
class ParallelSha256
{
public:
    ParallelSha256()
        : m_thread([this] { run(); })
    {
    }
    ~ParallelSha256()
    {
        {
            std::unique_lock lock(m_mutex);
            m_done = true;
            m_changed.notify_all();
        }
        if (m_thread.joinable())
            m_thread.join();
    }
    ParallelSha256(const ParallelSha256 &) = delete;
    ParallelSha256 &operator=(const ParallelSha256 &) = delete;

    void add(const char *data, std::size_t size)
    {
        while (size > Chunk) {
            addChunk(data, Chunk);
            data += Chunk;
            size -= Chunk;
        }
        addChunk(data, size);
    }
    void addChunk(const char *data, std::size_t size)
    {
        std::vector<char> block;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_free.empty() || m_allocated < Blocks; });
            if (!m_free.empty()) {
                block = std::move(m_free.back());
                m_free.pop_back();
            } else {
                ++m_allocated;
            }
        }
        block.assign(data, data + size);
        std::unique_lock lock(m_mutex);
        m_full.push_back(std::move(block));
        m_changed.notify_all();
    }
    // Waits for every block given so far to be hashed.
    QString hex()
    {
        {
            std::unique_lock lock(m_mutex);
            m_done = true;
            m_changed.notify_all();
        }
        if (m_thread.joinable())
            m_thread.join();
        return m_sha.hex();
    }
    static void observe(void *self, const char *data, std::size_t size)
    {
        static_cast<ParallelSha256 *>(self)->add(data, size);
    }

private:
    static constexpr int Blocks = 4;
    static constexpr std::size_t Chunk = 1u << 20;
    void run()
    {
        for (;;) {
            std::vector<char> block;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return !m_full.empty() || m_done; });
                if (m_full.empty())
                    return; // done and everything hashed
                block = std::move(m_full.front());
                m_full.pop_front();
            }
            m_sha.add(block.data(), block.size());
            std::unique_lock lock(m_mutex);
            m_free.push_back(std::move(block));
            m_changed.notify_all();
        }
    }
    Sha256 m_sha;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<char>> m_full;
    std::vector<std::vector<char>> m_free;
    int m_allocated = 0;
    bool m_done = false;
    std::thread m_thread; // last: starts after the members it uses exist
};

sqlite3 *sqliteHandle(const Database &db)
{
    const QVariant v = db.connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

// A failure of the bulk writer, classified like every other database error (a damaged page, a full disk...): a plain
// message without SQL text. The step (what) is for developers only.
Error sqliteError(const Database &db, sqlite3 *h, const char *what)
{
    Q_UNUSED(what);
    return db.failure(sqlite3_errcode(h), QString::fromUtf8(sqlite3_errmsg(h)));
}

class Statement
{
public:
    Statement(sqlite3 *h, const char *sql)
    {
        m_rc = sqlite3_prepare_v3(h, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

void writeCsvField(std::FILE *f, std::string_view v)
{
    const bool quote = v.find_first_of(",\"\r\n") != std::string_view::npos;
    if (!quote) {
        std::fwrite(v.data(), 1, v.size(), f);
        return;
    }
    std::fputc('"', f);
    for (char c : v) {
        if (c == '"')
            std::fputc('"', f);
        std::fputc(c, f);
    }
    std::fputc('"', f);
}

const std::set<std::string_view> &knownLineItemTypes(CostFormat format)
{
    static const std::set<std::string_view> cur {"Usage",
                                                 "DiscountedUsage",
                                                 "SavingsPlanCoveredUsage",
                                                 "SavingsPlanNegation",
                                                 "SavingsPlanRecurringFee",
                                                 "SavingsPlanUpfrontFee",
                                                 "RIFee",
                                                 "Fee",
                                                 "Tax",
                                                 "Credit",
                                                 "Refund",
                                                 "EdpDiscount",
                                                 "PrivateRateDiscount",
                                                 "BundledDiscount",
                                                 "SppDiscount",
                                                 "DistributorDiscount",
                                                 "RiVolumeDiscount"};
    static const std::set<std::string_view> focus {"Usage", "Purchase", "Tax", "Credit", "Adjustment"};
    return format == CostFormat::Focus ? focus : cur;
}

// Exact text of a value in units of 10^-22.
QString residueText(Int128 value)
{
    const bool negative = value < 0;
    UInt128 mag = negative ? UInt128(-(value + 1)) + 1 : UInt128(value);
    const UInt128 unit = UInt128(detail::pow10(22));
    std::string whole;
    UInt128 w = mag / unit;
    do {
        whole.insert(whole.begin(), char('0' + int(w % 10)));
        w /= 10;
    } while (w != 0);
    UInt128 frac = mag % unit;
    std::string fraction(22, '0');
    for (int i = 21; i >= 0; --i) {
        fraction[std::size_t(i)] = char('0' + int(frac % 10));
        frac /= 10;
    }
    while (!fraction.empty() && fraction.back() == '0')
        fraction.pop_back();
    std::string text = (negative ? "-" : "") + whole + (fraction.empty() ? "" : "." + fraction);
    if (text == "-0")
        text = "0";
    return QString::fromStdString(text);
}

} // namespace

// --- Private state --------------------------------------------------------------------------------------

struct CostImporter::Private
{
    // Inputs
    ImportOptions options;
    DetectedFormat format;
    CsvReader reader;
    ParallelSha256 sha;
    Dictionary dict;
    int columns = 0;
    int col[int(CostField::Count)];

    // Shared with the writer
    BatchQueue queue;
    std::atomic<bool> cancel {false};
    std::atomic<std::int64_t> bytes {0};
    std::atomic<std::int64_t> rowsRead {0};

    // Parser results (read after join)
    std::int64_t imported = 0;
    std::int64_t rejected = 0;
    std::int64_t skipped = 0;
    std::map<QString, std::int64_t> skippedByProvider;
    std::int64_t unknownTypeRows = 0;
    std::set<std::string> unknownTypes;
    std::int64_t roundedValues = 0;
    Int128 residue = 0; // units of 1e-22
    std::int64_t nonStandardIds = 0;
    std::set<std::string> nonStandardSamples;
    std::vector<ImportProblem> problems;
    std::int64_t problemCount = 0;
    std::optional<Error> fatal;
    std::FILE *rejects = nullptr;
    QString rejectsPath;
    std::map<std::uint32_t, std::string> payerNames; // payer id -> BillingAccountName
    FlatSums<DetailKey, DetailHash> detail;
    FlatIndex<DimsKey, DimsHash> dimsIndex; // parser side
    std::vector<DimsKey> dimsKeys; // writer side, by index - 1
    std::vector<Sums> dimsSums;
    FlatSums<DailyKey, DailyHash> daily;
    QString sha256;

    ColumnCache cache[int(CostField::Count)];
    TimestampCache periodTimes;
    TimestampCache usageTimes;
    TimestampCache usageEndTimes; // its own: usage starts and ends of a month are twice the cache's size together

    ImportProblem lastProblem;
    std::vector<char> rejectsBuffer;

    void problem(std::int64_t line, CostField field, std::string_view text, const QString &code, const QString &message)
    {
        ++problemCount;
        lastProblem
            = {line, field == CostField::Count ? QString() : format.columnName(field), quoteText(text), code, message};
        if (int(problems.size()) < options.maxProblems)
            problems.push_back(lastProblem);
    }

    std::uint32_t encode(CostField field, std::string_view v, std::vector<NewEntry> &added)
    {
        if (isNull(v))
            return 0;
        ColumnCache &c = cache[int(field)];
        if (const std::uint32_t id = c.find(v))
            return id;
        const std::uint32_t id = dict.idOf(v, added);
        c.put(dict.stored(v), id);
        return id;
    }

    void parse();
    // Rollups: exact 128-bit sums, accumulated by the writer thread: per dimension combination (then folded into
    // the detail rollup) and per day.
    static Sums sumsOf(const EncodedRow &row)
    {
        Sums s;
        s.rows = 1;
        s.usage = row.usage;
        s.billable = row.billable;
        s.publicOnDemand = row.publicOnDemand;
        return s;
    }
    void accumulate(const EncodedRow &row)
    {
        const Sums s = sumsOf(row);
        dimsSums[row.dims - 1].add(s);
        daily[DailyKey {row.payer, row.account, row.service, row.lineItemType, row.currency, row.period, row.day}].add(
            s);
    }
    bool parseRow(const std::vector<std::string_view> &f, std::int64_t line, EncodedRow &row,
                  std::vector<NewEntry> &added);
    void reject(std::int64_t line, const std::vector<std::string_view> &fields, const ImportProblem &why);
};

void CostImporter::Private::reject(std::int64_t line, const std::vector<std::string_view> &fields,
                                   const ImportProblem &why)
{
    ++rejected;
    if (!options.skipInvalid)
        return;
    if (!rejects) {
        rejects = std::fopen(QFile::encodeName(rejectsPath).constData(), "wb");
        if (!rejects) {
            fatal = Error::input(rejectsPath, QStringLiteral("REJECTS_NOT_WRITTEN"),
                                 tr("Cannot write the rejected rows to %1.").arg(rejectsPath));
            return;
        }
        rejectsBuffer.resize(1 << 16);
        std::setvbuf(rejects, rejectsBuffer.data(), _IOFBF, rejectsBuffer.size());
        std::fputs("line,column,code,reason", rejects);
        for (const QString &h : format.header) {
            std::fputc(',', rejects);
            const QByteArray u = h.toUtf8();
            writeCsvField(rejects, std::string_view(u.constData(), std::size_t(u.size())));
        }
        std::fputs("\r\n", rejects);
    }
    std::fprintf(rejects, "%lld,", static_cast<long long>(line));
    for (const QString *s : {&why.column, &why.code, &why.message}) {
        const QByteArray u = s->toUtf8();
        writeCsvField(rejects, std::string_view(u.constData(), std::size_t(u.size())));
        std::fputc(',', rejects);
    }
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i)
            std::fputc(',', rejects);
        writeCsvField(rejects, fields[i]);
    }
    std::fputs("\r\n", rejects);
}

bool CostImporter::parseTimestamp(std::string_view s, int &day, int &monthIndex)
{
    int y = 0, m = 0, dd = 0;
    if (s.size() < 10 || s[4] != '-' || s[7] != '-' || !digits(s, 0, 4, y) || !digits(s, 5, 2, m)
        || !digits(s, 8, 2, dd))
        return false;
    if (m < 1 || m > 12 || dd < 1 || dd > daysInMonth(y, m))
        return false;
    int minutes = 0;
    int offset = 0;
    std::size_t i = 10;
    if (i < s.size()) {
        if (s[i] != 'T' && s[i] != ' ')
            return false;
        ++i;
        int hh = 0, mm = 0, ss = 0;
        if (!digits(s, i, 2, hh) || i + 2 >= s.size() || s[i + 2] != ':' || !digits(s, i + 3, 2, mm))
            return false;
        i += 5;
        if (i < s.size() && s[i] == ':') {
            if (!digits(s, i + 1, 2, ss))
                return false;
            i += 3;
            if (i < s.size() && s[i] == '.') {
                ++i;
                const std::size_t start = i;
                while (i < s.size() && s[i] >= '0' && s[i] <= '9')
                    ++i;
                if (i == start)
                    return false;
            }
        }
        if (hh > 24 || mm > 59 || ss > 60)
            return false;
        minutes = hh * 60 + mm;
        if (i < s.size()) {
            if (s[i] == 'Z' && i + 1 == s.size()) {
                ++i;
            } else if (s[i] == '+' || s[i] == '-') {
                const int sign = s[i] == '-' ? -1 : 1;
                int oh = 0, om = 0;
                if (!digits(s, i + 1, 2, oh))
                    return false;
                std::size_t j = i + 3;
                if (j < s.size() && s[j] == ':')
                    ++j;
                if (j < s.size()) {
                    if (!digits(s, j, 2, om))
                        return false;
                    j += 2;
                }
                if (j != s.size() || oh > 14 || om > 59)
                    return false;
                offset = sign * (oh * 60 + om);
                i = j;
            } else {
                return false;
            }
        }
    }
    day = daysFromCivil(y, unsigned(m), unsigned(dd));
    if (offset != 0 || minutes >= 24 * 60) {
        const int utcMinutes = minutes - offset;
        const int shift = utcMinutes >= 0 ? utcMinutes / 1440 : -((-utcMinutes + 1439) / 1440);
        if (shift != 0) {
            day += shift;
            civilFromDays(day, y, m, dd);
        }
    }
    monthIndex = y * 12 + (m - 1);
    return true;
}

bool CostImporter::Private::parseRow(const std::vector<std::string_view> &f, std::int64_t line, EncodedRow &row,
                                     std::vector<NewEntry> &added)
{
    const auto value = [&](CostField field) -> std::string_view {
        const int c = col[int(field)];
        return c >= 0 ? f[std::size_t(c)] : std::string_view();
    };
    bool ok = true;
    const auto bad = [&](CostField field, std::string_view text, const QString &code, const QString &message) {
        ok = false;
        problem(line, field, text, code,
                field == CostField::Count
                    ? tr("Line %1: %2").arg(line).arg(message)
                    : tr("Line %1, column %2: %3").arg(line).arg(format.columnName(field), message));
    };

    // Accounts: digit strings (anonymized exports carry other lengths than 12: accepted, counted).
    const auto account = [&](CostField field, bool required) -> std::uint32_t {
        const std::string_view v = value(field);
        if (isNull(v)) {
            if (required)
                bad(field, v, QStringLiteral("MISSING_VALUE"), tr("an account id is required here."));
            return 0;
        }
        if (const std::uint32_t id = cache[int(field)].find(v))
            return id;
        for (char ch : v) {
            if (ch < '0' || ch > '9') {
                bad(field, v, QStringLiteral("INVALID_ACCOUNT_ID"),
                    tr("\"%1\" is not an AWS account id (digits only).").arg(quoteText(v)));
                return 0;
            }
        }
        if (v.size() != 12 && nonStandardSamples.size() < 100000)
            nonStandardSamples.emplace(v);
        return encode(field, v, added);
    };
    // An amount column: number format and range are checked whether or not the value is stored; rounding is
    // counted only for the stored ones.
    const auto amount = [&](CostField field, std::int64_t &out, bool &null, bool stored) {
        const std::string_view v = value(field);
        Decimal d;
        const auto outcome = Decimal::parse(v, d);
        switch (outcome.status) {
        case Decimal::ParseStatus::Null:
            null = true;
            out = 0;
            return;
        case Decimal::ParseStatus::Invalid:
            bad(field, v, QStringLiteral("INVALID_NUMBER"),
                tr("\"%1\" is not a number (digits, an optional sign, '.' and exponent such as 1.81E-8).")
                    .arg(quoteText(v)));
            return;
        case Decimal::ParseStatus::OutOfRange:
            bad(field, v, QStringLiteral("AMOUNT_OUT_OF_RANGE"),
                tr("\"%1\" is too large to be an amount.").arg(quoteText(v)));
            return;
        case Decimal::ParseStatus::Ok:
            break;
        }
        if (!d.fitsInt64()) {
            bad(field, v, QStringLiteral("AMOUNT_OUT_OF_RANGE"),
                tr("\"%1\" is too large to store (line amounts must stay below 92,233,720).").arg(quoteText(v)));
            return;
        }
        if (outcome.rounded && stored) {
            ++roundedValues;
            residue += outcome.residue;
        }
        null = false;
        out = d.toInt64Raw();
    };

    row.payer = account(CostField::PayerAccount, true);
    row.account = col[int(CostField::UsageAccount)] >= 0 ? account(CostField::UsageAccount, false) : 0;
    if (row.account == 0)
        row.account = row.payer;

    const auto notADate = [&](CostField field, std::string_view v) {
        bad(field, v, QStringLiteral("INVALID_DATE"),
            tr("\"%1\" is not a date (2024-09-01, 2024-09-01 00:00:00 or 2024-09-01T00:00:00Z).").arg(quoteText(v)));
    };
    int periodDay = 0;
    bool periodOk = false;
    {
        const std::string_view v = value(CostField::BillingPeriodStart);
        if (isNull(v))
            bad(CostField::BillingPeriodStart, v, QStringLiteral("MISSING_VALUE"),
                tr("the billing period start is required."));
        else if (!periodTimes.parse(v, periodDay, row.period))
            notADate(CostField::BillingPeriodStart, v);
        else if (row.period < FirstPeriod || row.period > LastPeriod)
            bad(CostField::BillingPeriodStart, v, QStringLiteral("DATE_OUT_OF_RANGE"),
                tr("\"%1\" is not a plausible billing period (BillingDesk reads periods from 2000 to 2099).")
                    .arg(quoteText(v)));
        else
            periodOk = true;
    }
    // Usage and charge dates must fall within the row's billing period [first day, first day of the next month),
    // give or take DateToleranceDays. Dates are compared as UTC days (parseTimestamp converts offsets). The
    // tolerance: AWS writes UTC, but exports that went through other tools carry local times (an offset of up to
    // 14 hours moves a boundary hour to the neighbouring day), and real files do put boundary hours across the
    // period edge (the FOCUS 1.0 sample holds an Oracle usage row that starts at 22:00 the day before its billing
    // period). One day catches every time zone, while a wrong month, 0001-01-01 or 9999-12-31 is still refused.
    int firstDay = 0, nextFirstDay = 0;
    if (periodOk) {
        const int y = row.period / 12, m = row.period % 12 + 1;
        firstDay = daysFromCivil(y, unsigned(m), 1u);
        nextFirstDay = firstDay + daysInMonth(y, m);
    }
    const auto outsidePeriod = [&](CostField field, std::string_view v) {
        bad(field, v, QStringLiteral("DATE_OUTSIDE_PERIOD"),
            tr("\"%1\" is outside the row's billing period %2 (usage and charge dates may lie at most one day "
               "outside it).")
                .arg(quoteText(v), BillingPeriod::fromIndex(row.period).toString()));
    };
    row.day = 0;
    if (col[int(CostField::UsageStart)] >= 0) {
        const std::string_view v = value(CostField::UsageStart);
        int monthIndex = 0;
        if (isNull(v))
            bad(CostField::UsageStart, v, QStringLiteral("MISSING_VALUE"), tr("the usage start is required."));
        else if (!usageTimes.parse(v, row.day, monthIndex))
            notADate(CostField::UsageStart, v);
        else if (periodOk && (row.day < firstDay - DateToleranceDays || row.day >= nextFirstDay + DateToleranceDays))
            outsidePeriod(CostField::UsageStart, v);
    }
    if (col[int(CostField::UsageEnd)] >= 0) {
        const std::string_view v = value(CostField::UsageEnd);
        int endDay = 0, monthIndex = 0;
        if (isNull(v)) {
        } else if (!usageEndTimes.parse(v, endDay, monthIndex)) {
            notADate(CostField::UsageEnd, v);
        } else if (periodOk
                   && (endDay < firstDay - DateToleranceDays || endDay > nextFirstDay + DateToleranceDays
                       || (row.day != 0 && endDay < row.day))) {
            if (row.day != 0 && endDay < row.day)
                bad(CostField::UsageEnd, v, QStringLiteral("DATE_ORDER"),
                    tr("\"%1\" ends before the usage starts.").arg(quoteText(v)));
            else
                outsidePeriod(CostField::UsageEnd, v);
        }
    }
    if (col[int(CostField::BillingPeriodEnd)] >= 0) {
        const std::string_view v = value(CostField::BillingPeriodEnd);
        int endDay = 0, monthIndex = 0;
        if (isNull(v)) {
        } else if (!periodTimes.parse(v, endDay, monthIndex)) {
            notADate(CostField::BillingPeriodEnd, v);
        } else if (periodOk
                   && (endDay < nextFirstDay - DateToleranceDays || endDay > nextFirstDay + DateToleranceDays)) {
            bad(CostField::BillingPeriodEnd, v, QStringLiteral("DATE_OUTSIDE_PERIOD"),
                tr("\"%1\" is not the end of the billing period %2 (the first day of the next month).")
                    .arg(quoteText(v), BillingPeriod::fromIndex(row.period).toString()));
        }
    }
    if (ok && row.day == 0)
        row.day = firstDay;

    {
        const std::string_view v = value(CostField::LineItemType);
        if (isNull(v)) {
            bad(CostField::LineItemType, v, QStringLiteral("MISSING_VALUE"), tr("the line item type is required."));
        } else {
            if (!cache[int(CostField::LineItemType)].find(v) && !knownLineItemTypes(format.format).count(v)) {
                ++unknownTypeRows;
                if (unknownTypes.size() < 50)
                    unknownTypes.emplace(v);
                row.lineItemType = dict.idOf(v, added);
            } else {
                row.lineItemType = encode(CostField::LineItemType, v, added);
            }
        }
    }
    {
        const std::string_view v = value(CostField::Currency);
        if (isNull(v))
            bad(CostField::Currency, v, QStringLiteral("MISSING_VALUE"), tr("the currency is required."));
        else if (const std::uint32_t id = cache[int(CostField::Currency)].find(v)) // only valid codes are cached
            row.currency = id;
        else if (!Currency::isIso4217(v))
            bad(CostField::Currency, v, QStringLiteral("INVALID_CURRENCY"),
                tr("\"%1\" is not an ISO 4217 currency code (USD, EUR, JPY, ...).").arg(quoteText(v)));
        else
            row.currency = encode(CostField::Currency, v, added);
    }
    row.service = encode(CostField::ServiceCode, value(CostField::ServiceCode), added);
    row.serviceName = encode(CostField::ServiceName, value(CostField::ServiceName), added);
    row.usageType = encode(CostField::UsageType, value(CostField::UsageType), added);
    row.operation = encode(CostField::Operation, value(CostField::Operation), added);
    row.region = encode(CostField::Region, value(CostField::Region), added);
    row.billingEntity = encode(CostField::BillingEntity, value(CostField::BillingEntity), added);
    row.invoicingEntity = encode(CostField::InvoicingEntity, value(CostField::InvoicingEntity), added);
    row.taxType = encode(CostField::TaxType, value(CostField::TaxType), added);
    row.invoiceId = encode(CostField::InvoiceId, value(CostField::InvoiceId), added);

    // Amounts: billable = net unblended when present and not null, else unblended (FOCUS BilledCost).
    // The cost column (unblended, FOCUS BilledCost) is required and checked in every row, also when the net column
    // supplies the billable amount.
    bool netNull = true;
    if (col[int(CostField::NetCost)] >= 0)
        amount(CostField::NetCost, row.billable, netNull, true);
    // The same text as the net column (most rows of real files) is the same valid number: no second parse.
    if (netNull || value(CostField::Cost) != value(CostField::NetCost)) {
        bool costNull = true;
        std::int64_t cost = 0;
        amount(CostField::Cost, cost, costNull, netNull);
        if (costNull && ok)
            bad(CostField::Cost, value(CostField::Cost), QStringLiteral("MISSING_VALUE"), tr("the cost is required."));
        else if (!costNull && netNull)
            row.billable = cost;
    }
    row.podNull = true;
    row.publicOnDemand = 0;
    if (col[int(CostField::PublicOnDemand)] >= 0)
        amount(CostField::PublicOnDemand, row.publicOnDemand, row.podNull, true);
    // Amounts that are read but not summed: the same checks (format, range), an empty value allowed.
    for (const CostField checked : {CostField::BlendedCost, CostField::EffectiveCost, CostField::ContractedCost}) {
        if (col[int(checked)] >= 0) {
            std::int64_t unused = 0;
            bool null = true;
            amount(checked, unused, null, false);
        }
    }
    row.usageNull = true;
    row.usage = 0;
    if (col[int(CostField::UsageQuantity)] >= 0) {
        // Quantities are stored in millionths (range 9.2e12 units), rounded half-even.
        const std::string_view v = value(CostField::UsageQuantity);
        Decimal q;
        const auto outcome = Decimal::parse(v, q);
        if (outcome.status == Decimal::ParseStatus::Ok) {
            const auto micros = q.toScaledInteger(6, RoundingMode::HalfEven);
            if (!micros)
                bad(CostField::UsageQuantity, v, QStringLiteral("QUANTITY_OUT_OF_RANGE"),
                    tr("\"%1\" is too large a quantity.").arg(quoteText(v)));
            else {
                row.usage = *micros;
                row.usageNull = false;
            }
        } else if (outcome.status != Decimal::ParseStatus::Null) {
            bad(CostField::UsageQuantity, v, QStringLiteral("INVALID_NUMBER"),
                tr("\"%1\" is not a number (digits, an optional sign, '.' and exponent such as 1.81E-8).")
                    .arg(quoteText(v)));
        }
    }
    if (ok && col[int(CostField::PayerName)] >= 0) {
        const std::string_view name = value(CostField::PayerName);
        if (!isNull(name) && !payerNames.count(row.payer))
            payerNames.emplace(row.payer, std::string(name));
    }
    return ok;
}

void CostImporter::Private::parse()
{
    const auto &providerName = [&](const std::vector<std::string_view> &f) -> std::string_view {
        const int c = col[int(CostField::Provider)];
        return c >= 0 ? f[std::size_t(c)] : std::string_view();
    };
    std::unique_ptr<Batch> batch = queue.takeFree();
    bool writing = true; // false once an invalid row stops the import (default mode)
    std::int64_t rows = 0;
    std::int64_t sinceProgress = 0;
    for (;;) {
        if (++sinceProgress >= 1024) {
            sinceProgress = 0;
            bytes.store(reader.bytesConsumed(), std::memory_order_relaxed);
            rowsRead.store(rows, std::memory_order_relaxed);
            if (cancel.load(std::memory_order_relaxed))
                break;
        }
        const auto status = reader.next();
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error) {
            const auto &e = reader.error();
            if (e.recoverable || e.code == QLatin1String("UNTERMINATED_QUOTE")) {
                ++rows;
                ImportProblem p {e.line, QString(), QString(), e.code, e.message};
                ++problemCount;
                if (int(problems.size()) < options.maxProblems)
                    problems.push_back(p);
                reject(e.line, {}, p);
                writing = writing && options.skipInvalid;
                if (e.recoverable)
                    continue;
                break;
            }
            fatal = Error::input(QStringLiteral("%1:%2").arg(options.path).arg(e.line), e.code,
                                 namingFile(options.path, e.message));
            problems.push_back({e.line, QString(), QString(), e.code, e.message});
            ++problemCount;
            break;
        }
        ++rows;
        const auto &f = reader.fields();
        const std::int64_t line = reader.line();
        if (int(f.size()) != columns) {
            ImportProblem p {line, QString(), QString(), QStringLiteral("FIELD_COUNT"),
                             int(f.size()) > columns
                                 ? tr("Line %1: %2 fields, but the header has %3 columns (too many fields: an unquoted "
                                      "comma?).")
                                       .arg(line)
                                       .arg(f.size())
                                       .arg(columns)
                                 : tr("Line %1: %2 fields, but the header has %3 columns (too few fields: a line cut "
                                      "short?).")
                                       .arg(line)
                                       .arg(f.size())
                                       .arg(columns)};
            ++problemCount;
            if (int(problems.size()) < options.maxProblems)
                problems.push_back(p);
            reject(line, f, p);
            writing = writing && options.skipInvalid;
            if (!options.skipInvalid && problemCount >= options.maxProblems)
                break;
            continue;
        }
        if (!reader.validUtf8()) {
            ImportProblem p {line, QString(), QString(), QStringLiteral("ENCODING_NOT_UTF8"),
                             tr("Line %1: the text is not UTF-8 (a Latin-1 or Windows-1252 file?). Save or export the "
                                "file as \"CSV UTF-8\" and import it again.")
                                 .arg(line)};
            ++problemCount;
            if (int(problems.size()) < options.maxProblems)
                problems.push_back(p);
            reject(line, f, p);
            writing = writing && options.skipInvalid;
            if (!options.skipInvalid && problemCount >= options.maxProblems)
                break;
            continue;
        }
        if (reader.hasControlCharacters()) {
            // Refused before anything of the row is encoded: no such text reaches the dictionary or the report.
            // The field: the first with a control character other than a line break (a bare CR in an unquoted
            // field is the only line-break case the reader flags).
            std::size_t at = 0;
            for (const bool allowLineBreaks : {true, false}) {
                at = 0;
                while (at < f.size() && !hasControlCharacter(f[at], allowLineBreaks))
                    ++at;
                if (at < f.size())
                    break;
            }
            at = std::min(at, f.size() - 1);
            const std::string_view v = f[at];
            char16_t which = 0;
            bool found = false;
            for (const bool allowLineBreaks : {true, false}) {
                for (char ch : v) {
                    const auto c = static_cast<unsigned char>(ch);
                    if (!found && c < 0x20 && c != '\t' && !(allowLineBreaks && (c == '\r' || c == '\n'))) {
                        which = c;
                        found = true;
                    }
                }
            }
            const QString column = format.header.value(qsizetype(at));
            ImportProblem p {line, column, quoteText(v), QStringLiteral("CONTROL_CHARACTER"),
                             tr("Line %1, column %2: the value contains the control character %3 (%4); fields may hold "
                                "printable text, tabs and line breaks inside quotes only.")
                                 .arg(line)
                                 .arg(column, QStringLiteral("U+%1").arg(int(which), 4, 16, QLatin1Char('0')).toUpper(),
                                      QString(QChar(char16_t(0x2400 + which))))};
            ++problemCount;
            lastProblem = p;
            if (int(problems.size()) < options.maxProblems)
                problems.push_back(p);
            reject(line, f, p);
            writing = writing && options.skipInvalid;
            if (!options.skipInvalid && problemCount >= options.maxProblems)
                break;
            continue;
        }
        if (col[int(CostField::Provider)] >= 0) {
            const std::string_view provider = providerName(f);
            if (!isNull(provider) && provider != "AWS" && provider.substr(0, 19) != "Amazon Web Services") {
                ++skipped;
                ++skippedByProvider[QString::fromUtf8(provider.data(), qsizetype(provider.size()))];
                continue;
            }
        }
        EncodedRow &row = batch->rows.emplace_back();
        const std::int64_t before = problemCount;
        if (!parseRow(f, line, row, batch->entries)) {
            batch->rows.pop_back();
            if (problemCount == before) // cannot happen: parseRow reports what it refuses
                problem(line, CostField::Count, {}, QStringLiteral("INVALID_ROW"), tr("the row is invalid."));
            reject(line, f, lastProblem);
            writing = writing && options.skipInvalid;
            if (!options.skipInvalid && problemCount >= options.maxProblems)
                break;
            continue;
        }
        if (!writing) {
            batch->rows.pop_back();
            continue;
        }
        ++imported;
        {
            bool added = false;
            const DimsKey key {DetailKey {row.payer, row.account, row.service, row.serviceName, row.usageType,
                                          row.operation, row.region, row.lineItemType, row.billingEntity,
                                          row.invoicingEntity, row.taxType, row.currency, row.period},
                               row.invoiceId};
            row.dims = dimsIndex.indexOf(key, added);
            if (added)
                batch->dims.push_back(key);
        }
        if (batch->rows.size() >= BatchRows) {
            if (!queue.push(std::move(batch)))
                break;
            batch = queue.takeFree();
        }
        if (fatal)
            break;
    }
    if (batch && writing && (!batch->rows.empty() || !batch->entries.empty()))
        queue.push(std::move(batch));
    bytes.store(reader.bytesConsumed(), std::memory_order_relaxed);
    rowsRead.store(rows, std::memory_order_relaxed);
    if (rejects) {
        std::fclose(rejects);
        rejects = nullptr;
    }
    queue.finish();
}

// --- CostImporter ------------------------------------------------------------------------------------------

struct CostImporter::WriteOutcome
{
    bool cancelled = false;
    std::optional<Error> error;
};

CostImporter::CostImporter(Database &db)
    : d(std::make_unique<Private>())
    , m_db(db)
{
}

CostImporter::~CostImporter() = default;

QList<CostImporter::Payer> CostImporter::payers() const
{
    std::set<std::uint32_t> ids;
    d->detail.forEach([&](const DetailKey &k, const Sums &) { ids.insert(k.payer); });
    QList<Payer> out;
    for (std::uint32_t id : ids) {
        const std::string_view text = d->dict.text(id);
        Payer p;
        p.accountId = QString::fromUtf8(text.data(), qsizetype(text.size()));
        const auto it = d->payerNames.find(id);
        if (it != d->payerNames.end())
            p.name = QString::fromStdString(it->second);
        out << p;
    }
    return out;
}

Status CostImporter::load(const ImportOptions &options, qint64 importId, const ImportProgress &progress,
                          ImportReport &report)
{
    QElapsedTimer timer;
    timer.start();
    if (auto s = readHeader(options, report); !s)
        return s;
    sqlite3 *h = sqliteHandle(m_db);
    if (!h)
        return Error::internal(tr("The database driver does not give access to SQLite."));
    if (auto s = loadDictionary(h); !s)
        return s;
    // Tuned for one big transaction: a larger page cache (bounded: peak memory stays under 100 MB). Rows are
    // appended, so a bigger cache does not save writes: 8 MB was as fast as 24 or 64 MB in the benchmark.
    sqlite3_exec(h, "PRAGMA cache_size = -8192", nullptr, nullptr, nullptr);
    auto written = writeLineItems(h, importId, progress);
    if (!written)
        return written.error();
    buildDetailRollup();
    const QByteArray restore = QByteArrayLiteral("PRAGMA cache_size = -") + QByteArray::number(Database::CacheKiB);
    sqlite3_exec(h, restore.constData(), nullptr, nullptr, nullptr);
    if (progress && !written->cancelled)
        progress(d->bytes.load(), d->reader.totalBytes(), d->rowsRead.load());

    fillCounts(options, report);
    addWarnings(options, report);
    addTotals(report);
    report.elapsedMs = timer.elapsed();
    return outcome(options, report, *written);
}

// Opens the file, reads its header and detects the format.
Status CostImporter::readHeader(const ImportOptions &options, ImportReport &report)
{
    d->options = options;
    d->rejectsPath
        = options.rejectsPath.isEmpty() ? options.path + QStringLiteral(".rejected.csv") : options.rejectsPath;
    const QFileInfo info(options.path);
    report.path = info.absoluteFilePath();
    report.fileName = info.fileName();
    report.fileSize = info.size();
    report.view = options.view;

    CsvReader &reader = d->reader;
    reader.setRawObserver(&ParallelSha256::observe, &d->sha);
    // A file that cannot be opened or read is one error about the file, not a problem "at line 0"; an empty or
    // UTF-16 file is also a problem at line 1.
    if (!reader.open(options.path)) {
        const auto &e = reader.error();
        if (e.line > 0) {
            report.problems.append({e.line, QString(), QString(), e.code, e.message});
            report.problemCount = 1;
        }
        return Error::input(options.path, e.code, namingFile(options.path, e.message));
    }
    report.compressed = reader.compressed();
    // Header
    const auto headerStatus = reader.next();
    if (headerStatus != CsvReader::Status::Record) {
        const auto &e = reader.error();
        if (headerStatus == CsvReader::Status::End)
            return Error::input(options.path, QStringLiteral("EMPTY_FILE"),
                                namingFile(options.path, tr("The file is empty: it has no header and no rows.")));
        return Error::input(e.line > 0 ? QStringLiteral("%1:%2").arg(options.path).arg(e.line) : options.path, e.code,
                            namingFile(options.path, e.message));
    }
    if (!reader.validUtf8())
        return Error::input(QStringLiteral("%1:1").arg(options.path), QStringLiteral("ENCODING_NOT_UTF8"),
                            namingFile(options.path,
                                       tr("Line 1: the header is not UTF-8 text (a Latin-1 or Windows-1252 file?). "
                                          "Save or export the file as \"CSV UTF-8\" and import it again.")));
    QStringList header;
    for (std::string_view h : reader.fields())
        header << QString::fromUtf8(h.data(), qsizetype(h.size()));
    auto detected = FormatDetector::detect(header, options.format, report.fileName);
    if (!detected)
        return detected.error();
    d->format = detected.value();
    d->columns = int(header.size());
    for (int f = 0; f < int(CostField::Count); ++f)
        d->col[f] = d->format.column[std::size_t(f)];
    report.format = d->format.format;
    report.formatVersion = d->format.version;
    report.warnings << d->format.warnings;

    return {};
}

// The dictionary so far.
Status CostImporter::loadDictionary(sqlite3 *h)
{
    Statement all(h, "SELECT id, value FROM cost_dictionary");
    if (!all.ok())
        return sqliteError(m_db, h, "reading the dictionary");
    while (sqlite3_step(all.get()) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(all.get(), 1));
        d->dict.load(std::uint32_t(sqlite3_column_int64(all.get(), 0)),
                     QByteArray(text, sqlite3_column_bytes(all.get(), 1)));
    }
    return {};
}

// Runs the parser thread and writes what it produces (dictionary entries, dimension combinations, line items) on
// this thread, reporting progress. A failure to prepare is returned; a failure while writing, or a cancel, stops the
// parser and is returned in the outcome (the report is still filled).
Result<CostImporter::WriteOutcome> CostImporter::writeLineItems(sqlite3 *h, qint64 importId,
                                                                const ImportProgress &progress)
{
    CsvReader &reader = d->reader;
    WriteOutcome out;
    // Dimension combinations get ids after those of earlier imports (we hold the write lock: nobody else adds).
    qint64 dimsBase = 0;
    {
        Statement last(h, "SELECT coalesce(max(id), 0) FROM cost_line_dims");
        if (!last.ok() || sqlite3_step(last.get()) != SQLITE_ROW)
            return sqliteError(m_db, h, "reading the dimensions");
        dimsBase = sqlite3_column_int64(last.get(), 0);
    }
    // import_id is the same for every row: a literal in the statement rather than a bound parameter.
    // OR FAIL: a failing multi-row INSERT keeps the rows it already inserted instead of undoing just itself, so
    // SQLite needs no statement journal (otherwise it copies the last leaf page to a temporary file for every
    // statement: 16 KB per 64 rows). Any failure fails the whole import and the caller rolls the transaction back.
    const std::string rowsPrefix = "INSERT OR FAIL INTO cost_line_items (import_id, dims, day, usage_quantity, "
                                   "billable, public_on_demand) VALUES ";
    const std::string oneRow = "(" + std::to_string(importId) + ",?,?,?,?,?)";
    std::string manySql = rowsPrefix;
    for (int k = 0; k < MultiRows; ++k)
        manySql += (k ? "," : "") + oneRow;
    Statement insertRow(h, (rowsPrefix + oneRow).c_str());
    Statement insertMany(h, manySql.c_str());
    Statement insertEntry(h, "INSERT INTO cost_dictionary (id, value) VALUES (?1, ?2)");
    Statement insertDims(h,
                         "INSERT INTO cost_line_dims (id, import_id, period, payer, account, line_item_type, service, "
                         "service_name, usage_type, operation, region, billing_entity, invoicing_entity, tax_type, "
                         "invoice_id, currency) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    if (!insertRow.ok() || !insertMany.ok() || !insertEntry.ok() || !insertDims.ok())
        return sqliteError(m_db, h, "preparing the import");

    std::thread parser([this] { d->parse(); });
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    bool firstProgress = true; // report after the first batch, then every 50 ms
    sqlite3_stmt *row = insertRow.get();
    sqlite3_stmt *entry = insertEntry.get();
    sqlite3_stmt *dims = insertDims.get();
    const auto bindId = [](sqlite3_stmt *st, int index, std::uint32_t id) {
        if (id == 0)
            sqlite3_bind_null(st, index);
        else
            sqlite3_bind_int64(st, index, id);
    };
    const auto bindRow = [dimsBase](sqlite3_stmt *st, int base, const EncodedRow &r) {
        sqlite3_bind_int64(st, base + 1, dimsBase + r.dims);
        sqlite3_bind_int(st, base + 2, r.day);
        if (r.usageNull)
            sqlite3_bind_null(st, base + 3);
        else
            sqlite3_bind_int64(st, base + 3, r.usage);
        sqlite3_bind_int64(st, base + 4, r.billable);
        if (r.podNull)
            sqlite3_bind_null(st, base + 5);
        else
            sqlite3_bind_int64(st, base + 5, r.publicOnDemand);
    };
    while (auto batch = d->queue.pop()) {
        if (!out.error && !out.cancelled) {
            for (const NewEntry &e : batch->entries) {
                sqlite3_bind_int64(entry, 1, e.id);
                sqlite3_bind_text(entry, 2, e.value.data(), int(e.value.size()), SQLITE_STATIC);
                if (sqlite3_step(entry) != SQLITE_DONE) {
                    out.error = sqliteError(m_db, h, "writing the dictionary");
                    break;
                }
                sqlite3_reset(entry);
            }
            for (const DimsKey &k : batch->dims) {
                if (out.error)
                    break;
                d->dimsKeys.push_back(k);
                d->dimsSums.emplace_back();
                const DetailKey &x = k.detail;
                sqlite3_bind_int64(dims, 1, dimsBase + qint64(d->dimsKeys.size()));
                sqlite3_bind_int64(dims, 2, importId);
                sqlite3_bind_int(dims, 3, x.period);
                sqlite3_bind_int64(dims, 4, x.payer);
                sqlite3_bind_int64(dims, 5, x.account);
                sqlite3_bind_int64(dims, 6, x.lineItemType);
                bindId(dims, 7, x.service);
                bindId(dims, 8, x.serviceName);
                bindId(dims, 9, x.usageType);
                bindId(dims, 10, x.operation);
                bindId(dims, 11, x.region);
                bindId(dims, 12, x.billingEntity);
                bindId(dims, 13, x.invoicingEntity);
                bindId(dims, 14, x.taxType);
                bindId(dims, 15, k.invoiceId);
                sqlite3_bind_int64(dims, 16, x.currency);
                if (sqlite3_step(dims) != SQLITE_DONE) {
                    out.error = sqliteError(m_db, h, "writing the dimensions");
                    break;
                }
                sqlite3_reset(dims);
            }
            // Rows go in MultiRows at a time (one statement execution per group: far less per-row VDBE work),
            // the rest one by one. Rowids are assigned consecutively, so the import's rows are one rowid range.
            const std::vector<EncodedRow> &rows = batch->rows;
            std::size_t i = 0;
            while (!out.error && i < rows.size()) {
                const bool many = rows.size() - i >= std::size_t(MultiRows);
                sqlite3_stmt *st = many ? insertMany.get() : row;
                const int count = many ? MultiRows : 1;
                for (int k = 0; k < count; ++k)
                    bindRow(st, k * RowParams, rows[i + std::size_t(k)]);
                if (sqlite3_step(st) != SQLITE_DONE) {
                    out.error = sqliteError(m_db, h, "writing line items");
                    break;
                }
                sqlite3_reset(st);
                const qint64 last = sqlite3_last_insert_rowid(h);
                if (m_firstRowId == 0)
                    m_firstRowId = last - count + 1;
                m_lastRowId = last;
                for (int k = 0; k < count; ++k)
                    d->accumulate(rows[i + std::size_t(k)]);
                i += std::size_t(count);
            }
            if (out.error) {
                d->cancel = true;
                d->queue.stop();
            }
        }
        d->queue.recycle(std::move(batch));
        if (progress && (firstProgress || sinceProgress.elapsed() >= 50) && !out.cancelled) {
            firstProgress = false;
            sinceProgress.restart();
            if (!progress(d->bytes.load(), reader.totalBytes(), d->rowsRead.load())) {
                out.cancelled = true;
                d->cancel = true;
                d->queue.stop();
            }
        }
    }
    parser.join();
    return out;
}

void CostImporter::buildDetailRollup()
{
    // The detail rollup: the sums per dimension combination without the invoice id. The combinations themselves
    // are not needed any more (memory for the rollups written next).
    d->dimsIndex = {};
    for (std::size_t i = 0; i < d->dimsKeys.size(); ++i)
        d->detail[d->dimsKeys[i].detail].add(d->dimsSums[i]);
    std::vector<DimsKey>().swap(d->dimsKeys);
    std::vector<Sums>().swap(d->dimsSums);
}

// Counts, problems and the rejects file of the report.
void CostImporter::fillCounts(const ImportOptions &options, ImportReport &report)
{
    report.sha256 = d->sha.hex();
    report.rowsRead = d->rowsRead.load();
    report.rowsImported = d->imported;
    report.rowsRejected = d->rejected;
    report.rowsSkipped = d->skipped;
    for (const auto &[k, v] : d->skippedByProvider)
        report.skippedByProvider.insert(k, v);
    report.unknownLineItemTypeRows = d->unknownTypeRows;
    for (const auto &t : d->unknownTypes)
        report.unknownLineItemTypes << QString::fromStdString(t);
    report.roundedValues = d->roundedValues;
    report.roundingResidue = Decimal::fromRaw(d->residue / detail::pow10(Decimal::Scale));
    report.roundingResidueText = residueText(d->residue);
    d->nonStandardIds = std::int64_t(d->nonStandardSamples.size());
    report.nonStandardAccountIds = d->nonStandardIds;
    for (const auto &p : d->problems)
        report.problems.append(p);
    report.problemCount = d->problemCount;
    if (d->rejected > 0 && options.skipInvalid)
        report.rejectsPath = d->rejectsPath;
}

void CostImporter::addWarnings(const ImportOptions &options, ImportReport &report) const
{
    if (d->nonStandardIds > 0) {
        QStringList samples;
        for (const auto &s : d->nonStandardSamples) {
            if (samples.size() == 3)
                break;
            samples << QString::fromStdString(s);
        }
        report.warnings << tr("%1 account ids are not 12 digits long (e.g. %2); they were accepted as they are "
                              "(anonymized exports do this).")
                               .arg(d->nonStandardIds)
                               .arg(samples.join(QStringLiteral(", ")));
    }
    if (d->unknownTypeRows > 0)
        report.warnings << tr("%1 rows have line item types BillingDesk does not know (%2); they were kept and are "
                              "counted under their own type.")
                               .arg(d->unknownTypeRows)
                               .arg(report.unknownLineItemTypes.join(QStringLiteral(", ")));
    if (d->skipped > 0) {
        QStringList parts;
        for (auto it = report.skippedByProvider.cbegin(); it != report.skippedByProvider.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        report.warnings << tr("%1 rows of other providers were skipped (%2).")
                               .arg(d->skipped)
                               .arg(parts.join(QStringLiteral(", ")));
    }
    if (d->roundedValues > 0)
        report.warnings
            << tr("%1 amounts had more than 11 decimals and were rounded half-even; the total residue is %2.")
                   .arg(d->roundedValues)
                   .arg(report.roundingResidueText);
    if (d->rejected > 0 && options.skipInvalid)
        report.warnings << tr("%1 invalid rows were skipped and written with their reasons to %2.")
                               .arg(d->rejected)
                               .arg(d->rejectsPath);
}

// Totals per payer, period, currency (organizations are filled in by the service).
void CostImporter::addTotals(ImportReport &report) const
{
    std::map<std::tuple<std::string, std::int32_t, std::string>, Sums> totals;
    d->detail.forEach([&](const DetailKey &k, const Sums &v) {
        const std::string_view payer = d->dict.text(k.payer);
        const std::string_view currency = d->dict.text(k.currency);
        totals[{std::string(payer), k.period, std::string(currency)}].add(v);
    });
    Int128 billable = 0, pod = 0;
    for (const auto &[k, v] : totals) {
        PayerPeriodTotal t;
        t.payerAccountId = QString::fromStdString(std::get<0>(k));
        t.period = BillingPeriod::fromIndex(std::get<1>(k));
        t.currency = QString::fromStdString(std::get<2>(k));
        t.rows = v.rows;
        t.billable = Decimal::fromRaw(v.billable);
        t.publicOnDemand = Decimal::fromRaw(v.publicOnDemand);
        billable += v.billable;
        pod += v.publicOnDemand;
        report.totals.append(t);
    }
    report.billableTotal = Decimal::fromRaw(billable);
    report.publicOnDemandTotal = Decimal::fromRaw(pod);

    // Rows per currency; a file that mixes currencies is said so (its totals are per currency, never added up).
    std::map<QString, qint64> rowsByCurrency;
    for (const PayerPeriodTotal &t : std::as_const(report.totals))
        rowsByCurrency[t.currency] += t.rows;
    QStringList parts;
    for (const auto &[code, rows] : rowsByCurrency) {
        report.currencies.append({code, rows});
        parts << tr("%1: %2 rows").arg(code).arg(rows);
    }
    if (rowsByCurrency.size() > 1)
        report.warnings << tr("The file mixes %1 currencies (%2); its totals are kept per currency and never added "
                              "across currencies.")
                               .arg(rowsByCurrency.size())
                               .arg(parts.join(QStringLiteral(", ")));
}

// What the load comes to: cancelled, a write or parse error, invalid rows, nothing to import, or success.
Status CostImporter::outcome(const ImportOptions &options, const ImportReport &report,
                             const WriteOutcome &written) const
{
    if (written.cancelled)
        return Error::rule(QStringLiteral("IMPORT_CANCELLED"), tr("The import was cancelled; nothing was imported."));
    if (written.error)
        return *written.error;
    if (d->fatal)
        return *d->fatal;
    if (d->problemCount > 0 && !options.skipInvalid) {
        const ImportProblem &first = d->problems.front();
        return Error::input(
            QStringLiteral("%1:%2").arg(options.path).arg(first.line), QStringLiteral("INVALID_FILE_DATA"),
            tr("The file %3 has invalid rows (%1 found; the first: %2). Nothing was imported. Fix the file, "
               "or import with --skip-invalid to import the valid rows and write the others to a side file.")
                .arg(d->problemCount)
                .arg(first.message, report.fileName));
    }
    if (d->imported == 0) {
        if (report.rowsRead == 0)
            return Error::input(
                options.path, QStringLiteral("NO_DATA_ROWS"),
                tr("The file %1 has a header but no data rows: there is nothing to import.").arg(report.fileName));
        return Error::input(
            options.path, QStringLiteral("NO_DATA_ROWS"),
            tr("None of the %1 rows of the file %4 can be imported (rows of other providers: %2, invalid: %3).")
                .arg(report.rowsRead)
                .arg(report.rowsSkipped)
                .arg(report.rowsRejected)
                .arg(report.fileName));
    }
    return {};
}

Status CostImporter::writeRollups(qint64 importId, CostView view, const QHash<QString, QString> &organizationByPayer)
{
    sqlite3 *h = sqliteHandle(m_db);
    if (!h)
        return Error::internal(tr("The database driver does not give access to SQLite."));
    const int viewValue = view == CostView::ProForma ? 1 : 0;
    std::unordered_map<std::uint32_t, QByteArray> orgOf;
    d->detail.forEach([&](const DetailKey &k, const Sums &) {
        if (orgOf.count(k.payer))
            return;
        const std::string_view payer = d->dict.text(k.payer);
        orgOf[k.payer] = organizationByPayer.value(QString::fromUtf8(payer.data(), qsizetype(payer.size()))).toUtf8();
    });
    const auto fits = [](const Sums &s) {
        const Int128 lo = std::numeric_limits<std::int64_t>::min(), hi = std::numeric_limits<std::int64_t>::max();
        return s.billable >= lo && s.billable <= hi && s.publicOnDemand >= lo && s.publicOnDemand <= hi && s.usage >= lo
            && s.usage <= hi;
    };
    const Error overflow = Error::input(QStringLiteral("rollup"), QStringLiteral("AMOUNT_OUT_OF_RANGE"),
                                        tr("A total of this file is too large to store (beyond 92,233,720 per account, "
                                           "service and day)."));
    const auto bindCommon = [&](sqlite3_stmt *s, std::uint32_t payer, std::uint32_t account, std::int32_t period) {
        const QByteArray &org = orgOf[payer];
        sqlite3_bind_int64(s, 1, importId);
        sqlite3_bind_int(s, 2, viewValue);
        sqlite3_bind_text(s, 3, org.constData(), int(org.size()), SQLITE_STATIC);
        sqlite3_bind_int(s, 4, period);
        sqlite3_bind_int64(s, 5, payer);
        sqlite3_bind_int64(s, 6, account);
    };
    const auto bindSums = [&](sqlite3_stmt *s, int at, const Sums &v) {
        sqlite3_bind_int64(s, at, v.rows);
        sqlite3_bind_int64(s, at + 1, std::int64_t(v.usage));
        sqlite3_bind_int64(s, at + 2, std::int64_t(v.billable));
        sqlite3_bind_int64(s, at + 3, std::int64_t(v.publicOnDemand));
    };
    {
        Statement ins(
            h,
            "INSERT INTO cost_rollup_detail (import_id, view, organization_id, period, payer, account, service, "
            "service_name, usage_type, operation, region, line_item_type, billing_entity, invoicing_entity, "
            "tax_type, currency, rows, usage_quantity, billable, public_on_demand) VALUES "
            "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)");
        if (!ins.ok())
            return sqliteError(m_db, h, "writing rollups");
        sqlite3_stmt *s = ins.get();
        std::vector<std::pair<DetailKey, Sums>> rows;
        rows.reserve(d->detail.size());
        d->detail.forEach([&](const DetailKey &k, const Sums &v) { rows.emplace_back(k, v); });
        for (const auto &[k, v] : rows) {
            if (!fits(v))
                return overflow;
            bindCommon(s, k.payer, k.account, k.period);
            sqlite3_bind_int64(s, 7, k.service);
            sqlite3_bind_int64(s, 8, k.serviceName);
            sqlite3_bind_int64(s, 9, k.usageType);
            sqlite3_bind_int64(s, 10, k.operation);
            sqlite3_bind_int64(s, 11, k.region);
            sqlite3_bind_int64(s, 12, k.lineItemType);
            sqlite3_bind_int64(s, 13, k.billingEntity);
            sqlite3_bind_int64(s, 14, k.invoicingEntity);
            sqlite3_bind_int64(s, 15, k.taxType);
            sqlite3_bind_int64(s, 16, k.currency);
            bindSums(s, 17, v);
            if (sqlite3_step(s) != SQLITE_DONE)
                return sqliteError(m_db, h, "writing rollups");
            sqlite3_reset(s);
        }
    }
    {
        struct SummaryKey
        {
            std::uint32_t payer, account, service, lineItemType, billingEntity, invoicingEntity, taxType, currency;
            std::int32_t period;
            auto operator<=>(const SummaryKey &) const = default;
        };
        std::map<SummaryKey, Sums> summary;
        d->detail.forEach([&](const DetailKey &k, const Sums &v) {
            summary[SummaryKey {k.payer, k.account, k.service, k.lineItemType, k.billingEntity, k.invoicingEntity,
                                k.taxType, k.currency, k.period}]
                .add(v);
        });
        Statement ins(h,
                      "INSERT INTO cost_rollup_summary (import_id, view, organization_id, period, payer, account, "
                      "service, line_item_type, billing_entity, invoicing_entity, tax_type, currency, rows, "
                      "usage_quantity, billable, public_on_demand) VALUES "
                      "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
        if (!ins.ok())
            return sqliteError(m_db, h, "writing rollups");
        sqlite3_stmt *s = ins.get();
        for (const auto &[k, v] : summary) {
            if (!fits(v))
                return overflow;
            bindCommon(s, k.payer, k.account, k.period);
            sqlite3_bind_int64(s, 7, k.service);
            sqlite3_bind_int64(s, 8, k.lineItemType);
            sqlite3_bind_int64(s, 9, k.billingEntity);
            sqlite3_bind_int64(s, 10, k.invoicingEntity);
            sqlite3_bind_int64(s, 11, k.taxType);
            sqlite3_bind_int64(s, 12, k.currency);
            bindSums(s, 13, v);
            if (sqlite3_step(s) != SQLITE_DONE)
                return sqliteError(m_db, h, "writing rollups");
            sqlite3_reset(s);
        }
    }
    {
        Statement ins(h,
                      "INSERT INTO cost_rollup_daily (import_id, view, organization_id, period, payer, account, day, "
                      "service, line_item_type, currency, rows, usage_quantity, billable, public_on_demand) VALUES "
                      "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
        if (!ins.ok())
            return sqliteError(m_db, h, "writing rollups");
        sqlite3_stmt *s = ins.get();
        std::vector<std::pair<DailyKey, Sums>> rows;
        rows.reserve(d->daily.size());
        d->daily.forEach([&](const DailyKey &k, const Sums &v) { rows.emplace_back(k, v); });
        for (const auto &[k, v] : rows) {
            if (!fits(v))
                return overflow;
            bindCommon(s, k.payer, k.account, k.period);
            sqlite3_bind_int(s, 7, k.day);
            sqlite3_bind_int64(s, 8, k.service);
            sqlite3_bind_int64(s, 9, k.lineItemType);
            sqlite3_bind_int64(s, 10, k.currency);
            bindSums(s, 11, v);
            if (sqlite3_step(s) != SQLITE_DONE)
                return sqliteError(m_db, h, "writing rollups");
            sqlite3_reset(s);
        }
    }
    return {};
}

Result<DetectedFile> CostImporter::inspect(const QString &path, CostFormat format, qint64 sampleRows)
{
    DetectedFile out;
    const QFileInfo info(path);
    out.path = info.absoluteFilePath();
    out.fileName = info.fileName();
    out.fileSize = info.size();
    CsvReader reader;
    if (!reader.open(path))
        return Error::input(path, reader.error().code, namingFile(path, reader.error().message));
    out.compressed = reader.compressed();
    const auto st = reader.next();
    if (st != CsvReader::Status::Record) {
        if (st == CsvReader::Status::End)
            return Error::input(path, QStringLiteral("EMPTY_FILE"),
                                namingFile(path, tr("The file is empty: it has no header and no rows.")));
        return Error::input(path, reader.error().code, namingFile(path, reader.error().message));
    }
    QStringList header;
    for (std::string_view h : reader.fields())
        header << QString::fromUtf8(h.data(), qsizetype(h.size()));
    auto detected = FormatDetector::detect(header, format, out.fileName);
    if (!detected)
        return detected.error();
    const DetectedFormat &fmt = detected.value();
    out.format = fmt.format;
    out.formatVersion = fmt.version;
    out.columns = fmt.header;
    out.warnings = fmt.warnings;
    std::map<std::string, std::string> payers;
    std::set<int> periods;
    std::set<std::string> currencies;
    const auto field = [&](CostField f) -> std::string_view {
        const int c = fmt.columnOf(f);
        return c >= 0 && std::size_t(c) < reader.fields().size() ? reader.fields()[std::size_t(c)] : std::string_view();
    };
    qint64 rows = 0;
    for (;;) {
        if (rows >= sampleRows)
            break;
        const auto s = reader.next();
        if (s == CsvReader::Status::End) {
            out.complete = true;
            break;
        }
        if (s == CsvReader::Status::Error) {
            if (reader.error().recoverable)
                continue;
            out.warnings << reader.error().message;
            break;
        }
        ++rows;
        const std::string_view provider = field(CostField::Provider);
        if (fmt.has(CostField::Provider) && !isNull(provider) && provider != "AWS"
            && provider.substr(0, 19) != "Amazon Web Services")
            continue;
        const std::string_view payer = field(CostField::PayerAccount);
        if (!isNull(payer)) {
            auto &name = payers[std::string(payer)];
            const std::string_view n = field(CostField::PayerName);
            if (name.empty() && !isNull(n))
                name = std::string(n);
        }
        int day = 0, month = 0;
        if (CostImporter::parseTimestamp(field(CostField::BillingPeriodStart), day, month))
            periods.insert(month);
        const std::string_view cur = field(CostField::Currency);
        if (!isNull(cur))
            currencies.emplace(cur);
    }
    out.sampledRows = rows;
    for (const auto &[p, n] : payers) {
        out.payers << QString::fromStdString(p);
        out.payerNames << QString::fromStdString(n);
    }
    for (int m : periods)
        out.periods << BillingPeriod::fromIndex(m);
    for (const auto &c : currencies)
        out.currencies << QString::fromStdString(c);
    return out;
}

} // namespace bd
