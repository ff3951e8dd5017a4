#include "UsageGenerator.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QSaveFile>

#include <zlib.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UsageGenerator", text);
}

// Amounts: integers of 10^-10 USD. Quantities: integers of 10^-4 units. Rates: integers of 10^-3 percent.
constexpr std::int64_t AmountScale = 10'000'000'000LL;
constexpr std::int64_t QtyScale = 10'000;
constexpr std::int64_t RateScale = 100'000; // 100% = 100000

// --- Deterministic randomness (splitmix64: identical on every platform) -------------------------------
struct Rng
{
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n) (n small: the modulo bias is negligible and, above all, deterministic).
    std::uint32_t below(std::uint32_t n) { return n == 0 ? 0 : std::uint32_t(next() % n); }
};

std::uint64_t fnv1a(std::string_view text, std::uint64_t h = 0xcbf29ce484222325ULL)
{
    for (unsigned char c : text) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}

std::uint64_t mix(std::uint64_t a, std::uint64_t b)
{
    Rng r {a ^ (b * 0x9E3779B97F4A7C15ULL)};
    return r.next();
}

// Exact parsing of the price literals below ("0.0000166667") into units of 10^-10.
constexpr std::int64_t parseUnits(std::string_view text, std::int64_t scale)
{
    std::int64_t whole = 0;
    std::int64_t frac = 0;
    std::int64_t fracScale = scale;
    bool point = false;
    for (char c : text) {
        if (c == '.') {
            point = true;
            continue;
        }
        if (!point) {
            whole = whole * 10 + (c - '0');
        } else {
            fracScale /= 10;
            frac += (c - '0') * fracScale;
        }
    }
    return whole * scale + frac;
}

// a * b / d rounded half-even (all non-negative except a; d > 0).
std::int64_t mulDivHalfEven(std::int64_t a, std::int64_t b, std::int64_t d)
{
    const Int128 num = Int128(a) * b;
    const bool neg = num < 0;
    const Int128 n = neg ? -num : num;
    Int128 q = n / d;
    const Int128 r = n % d;
    if (r * 2 > d || (r * 2 == d && (q & 1)))
        ++q;
    return std::int64_t(neg ? -q : q);
}

// Rounds an amount (10^-10) to cents, half-up (away from zero).
std::int64_t roundToCents(std::int64_t amount)
{
    constexpr std::int64_t cent = AmountScale / 100;
    const bool neg = amount < 0;
    std::int64_t a = neg ? -amount : amount;
    a = (a + cent / 2) / cent * cent;
    return neg ? -a : a;
}

// --- Reference tables -------------------------------------------------------------------------------
struct ServiceDef
{
    const char *code;
    const char *name;
};

enum ServiceIndex {
    EC2,
    S3,
    RDS,
    Lambda,
    CloudFront,
    DynamoDB,
    EKS,
    CloudWatch,
    DataTransfer,
    ELB,
    ECS,
    VPC,
    Support,
    SavingsPlans,
    Marketplace,
    ServiceCount
};

constexpr std::array<ServiceDef, ServiceCount> ServiceDefs {{
    {"AmazonEC2", "Amazon Elastic Compute Cloud"},
    {"AmazonS3", "Amazon Simple Storage Service"},
    {"AmazonRDS", "Amazon Relational Database Service"},
    {"AWSLambda", "AWS Lambda"},
    {"AmazonCloudFront", "Amazon CloudFront"},
    {"AmazonDynamoDB", "Amazon DynamoDB"},
    {"AmazonEKS", "Amazon Elastic Container Service for Kubernetes"},
    {"AmazonCloudWatch", "AmazonCloudWatch"},
    {"AWSDataTransfer", "AWS Data Transfer"},
    {"AWSELB", "Elastic Load Balancing"},
    {"AmazonECS", "Amazon Elastic Container Service"},
    {"AmazonVPC", "Amazon Virtual Private Cloud"},
    {"AWSSupportBusiness", "AWS Support (Business)"},
    {"ComputeSavingsPlans", "Savings Plans for AWS Compute usage"},
    {"cxnnpdmw5r2uhc3ioqrcvxagd", "Datadog Pro"},
}};

enum SkuFlag : unsigned {
    IntegerQty = 1, // whole units (hours, requests)
    SavingsPlan = 2, // eligible for Compute Savings Plans
    Reserved = 4, // covered by the RDS reservation
    Global = 8, // no region (CloudFront, Marketplace)
    PrivateRate = 16, // private pricing addendum discount instead of EDP
    MarketplaceSku = 32,
};

struct SkuDef
{
    ServiceIndex service;
    const char *usageType; // without the region prefix
    const char *operation;
    const char *price; // USD per unit in us-east-1
    std::int64_t descPer; // the description quotes the price per this many units
    const char *description; // "%s" is the price
    const char *qtyMin;
    const char *qtyMax;
    unsigned flags;
    int weight;
};

constexpr SkuDef Skus[] = {
    {EC2, "BoxUsage:m5.large", "RunInstances", "0.096", 1, "$%s per On Demand Linux m5.large Instance Hour", "1", "24",
     IntegerQty | SavingsPlan, 60},
    {EC2, "BoxUsage:m5.xlarge", "RunInstances", "0.192", 1, "$%s per On Demand Linux m5.xlarge Instance Hour", "1",
     "24", IntegerQty | SavingsPlan, 40},
    {EC2, "BoxUsage:c6g.2xlarge", "RunInstances", "0.272", 1, "$%s per On Demand Linux c6g.2xlarge Instance Hour", "1",
     "24", IntegerQty | SavingsPlan, 30},
    {EC2, "BoxUsage:r6i.xlarge", "RunInstances", "0.252", 1, "$%s per On Demand Linux r6i.xlarge Instance Hour", "1",
     "24", IntegerQty | SavingsPlan, 25},
    {EC2, "BoxUsage:t3.medium", "RunInstances", "0.0416", 1, "$%s per On Demand Linux t3.medium Instance Hour", "1",
     "24", IntegerQty | SavingsPlan, 50},
    {EC2, "BoxUsage:m6i.2xlarge", "RunInstances:0002", "0.752", 1,
     "$%s per On Demand Windows m6i.2xlarge Instance Hour", "1", "24", IntegerQty | SavingsPlan, 10},
    {EC2, "EBS:VolumeUsage.gp3", "CreateVolume-Gp3", "0.08", 1,
     "$%s per GB-month of General Purpose (gp3) provisioned storage", "0.5", "20", 0, 50},
    {EC2, "EBS:SnapshotUsage", "CreateSnapshot", "0.05", 1, "$%s per GB-Month of snapshot data stored", "1", "40", 0,
     20},
    {EC2, "NatGateway-Hours", "NatGateway", "0.045", 1, "$%s per NAT Gateway Hour", "1", "24", IntegerQty, 20},
    {EC2, "NatGateway-Bytes", "NatGateway", "0.045", 1, "$%s per GB Data Processed by NAT Gateways", "0.01", "150", 0,
     20},
    {S3, "TimedStorage-ByteHrs", "StandardStorage", "0.023", 1, "$%s per GB - first 50 TB / month of storage used",
     "0.1", "120", 0, 45},
    {S3, "Requests-Tier1", "PutObject", "0.000005", 1000, "$%s per 1,000 PUT, COPY, POST, or LIST requests", "100",
     "200000", IntegerQty, 30},
    {S3, "Requests-Tier2", "GetObject", "0.0000004", 1000, "$%s per 1,000 GET and all other requests", "1000",
     "2000000", IntegerQty, 30},
    {S3, "TimedStorage-SIA-ByteHrs", "StandardIAStorage", "0.0125", 1,
     "$%s per GB-Month of storage used in Standard-Infrequent Access", "0.1", "400", 0, 10},
    {RDS, "InstanceUsage:db.r6g.large", "CreateDBInstance:0014", "0.225", 1,
     "$%s per RDS db.r6g.large instance hour (or partial hour) running PostgreSQL", "1", "24", IntegerQty | Reserved,
     30},
    {RDS, "Multi-AZUsage:db.m6g.xlarge", "CreateDBInstance:0014", "0.636", 1,
     "$%s per RDS db.m6g.xlarge Multi-AZ instance hour (or partial hour) running PostgreSQL", "1", "24", IntegerQty,
     12},
    {RDS, "RDS:GP3-Storage", "CreateDBInstance:0014", "0.115", 1,
     "$%s per GB-month of provisioned gp3 storage running PostgreSQL", "0.1", "50", 0, 20},
    {Lambda, "Lambda-GB-Second", "Invoke", "0.0000166667", 1, "AWS Lambda - Total Compute - $%s per GB-second", "100",
     "500000", SavingsPlan, 35},
    {Lambda, "Request", "Invoke", "0.0000002", 1000000, "AWS Lambda - Total Requests - $%s per 1M requests", "1000",
     "3000000", IntegerQty, 35},
    {Lambda, "Lambda-GB-Second-ARM", "Invoke", "0.0000133334", 1,
     "AWS Lambda - Total Compute (Arm) - $%s per GB-second", "100", "500000", SavingsPlan, 15},
    {CloudFront, "US-DataTransfer-Out-Bytes", "GET", "0.085", 1,
     "$%s per GB - first 10 TB / month data transfer out (United States)", "0.1", "300", Global | PrivateRate, 25},
    {CloudFront, "EU-DataTransfer-Out-Bytes", "GET", "0.085", 1,
     "$%s per GB - first 10 TB / month data transfer out (Europe)", "0.1", "200", Global | PrivateRate, 15},
    {CloudFront, "JP-DataTransfer-Out-Bytes", "GET", "0.114", 1,
     "$%s per GB - first 10 TB / month data transfer out (Japan)", "0.1", "120", Global | PrivateRate, 8},
    {CloudFront, "US-Requests-Tier1", "GET", "0.00000075", 10000, "$%s per 10,000 HTTP requests (United States)",
     "1000", "5000000", IntegerQty | Global | PrivateRate, 20},
    {DynamoDB, "ReadRequestUnits", "PayPerRequestThroughput", "0.00000025", 1000000,
     "$%s per million read request units", "1000", "20000000", IntegerQty, 25},
    {DynamoDB, "WriteRequestUnits", "PayPerRequestThroughput", "0.00000125", 1000000,
     "$%s per million write request units", "1000", "5000000", IntegerQty, 20},
    {DynamoDB, "TimedStorage-ByteHrs", "StandardStorage", "0.25", 1,
     "$%s per GB-Month of storage used beyond first 25 free GB-Months", "0.1", "40", 0, 10},
    {EKS, "AmazonEKS-Hours:perCluster", "CreateOperation", "0.10", 1,
     "Amazon EKS cluster usage - $%s per hour per Kubernetes cluster", "1", "24", IntegerQty, 20},
    {CloudWatch, "CW:MetricMonitorUsage", "MetricStorage", "0.30", 1, "$%s per metric-month - first 10,000 metrics",
     "0.1", "30", 0, 20},
    {CloudWatch, "DataProcessing-Bytes", "PutLogEvents", "0.50", 1, "$%s per GB custom log data ingested", "0.01", "25",
     0, 20},
    {CloudWatch, "TimedStorage-ByteHrs", "HourlyStorageMetering", "0.03", 1, "$%s per GB-mo of log storage", "0.1",
     "300", 0, 10},
    {DataTransfer, "DataTransfer-Out-Bytes", "RunInstances", "0.09", 1,
     "$%s per GB - first 10 TB / month data transfer out beyond the global free tier", "0.01", "250", 0, 30},
    {DataTransfer, "DataTransfer-Regional-Bytes", "InterZone-In", "0.01", 1,
     "$%s per GB - regional data transfer - in/out/between EC2 AZs or using elastic IPs or ELB", "0.01", "600", 0, 25},
    {ELB, "LoadBalancerUsage", "LoadBalancing:Application", "0.0225", 1,
     "$%s per Application LoadBalancer-hour (or partial hour)", "1", "24", IntegerQty, 20},
    {ELB, "LCUUsage", "LoadBalancing:Application", "0.008", 1,
     "$%s per used Application load balancer capacity unit-hour (or partial hour)", "0.01", "200", 0, 20},
    {ECS, "Fargate-vCPU-Hours:perCPU", "FargateTask", "0.04048", 1,
     "AWS Fargate - vCPU - $%s per hour per vCPU for Linux/X86", "0.5", "200", SavingsPlan, 20},
    {ECS, "Fargate-GB-Hours", "FargateTask", "0.004445", 1, "AWS Fargate - Memory - $%s per GB-hour for Linux/X86", "1",
     "800", SavingsPlan, 20},
    {VPC, "PublicIPv4:InUseAddress", "AssociateAddressVPC", "0.005", 1, "$%s per In-use public IPv4 address per hour",
     "1", "24", IntegerQty, 20},
    {Marketplace, "MP:infrastructure_hosts_pro", "Hourly", "0.03", 1, "Datadog Pro - $%s per host-hour", "1", "24",
     IntegerQty | Global | MarketplaceSku, 8},
};
constexpr int SkuCount = int(sizeof(Skus) / sizeof(Skus[0]));

struct RegionDef
{
    const char *code;
    const char *prefix; // usage type prefix
    std::int64_t factor; // price factor against us-east-1, 10000 = 1
};

enum RegionIndex { UsEast1, UsWest2, EuWest1, EuWest2, EuWest3, EuCentral1, ApNortheast1, RegionCount };

constexpr std::array<RegionDef, RegionCount> Regions {{
    {"us-east-1", "", 10000},
    {"us-west-2", "USW2-", 10000},
    {"eu-west-1", "EU-", 11000},
    {"eu-west-2", "EUW2-", 11600},
    {"eu-west-3", "EUW3-", 11700},
    {"eu-central-1", "EUC1-", 11500},
    {"ap-northeast-1", "APN1-", 12900},
}};

// Where an account of a tax country runs its workloads: (region, weight) pairs.
struct RegionMix
{
    std::array<RegionIndex, 3> regions;
    std::array<int, 3> weights;
};

RegionMix regionMixFor(const QString &country)
{
    if (country == QLatin1String("GB"))
        return {{EuWest2, EuWest1, UsEast1}, {70, 20, 10}};
    if (country == QLatin1String("FR"))
        return {{EuWest3, EuCentral1, UsEast1}, {70, 20, 10}};
    if (country == QLatin1String("DE"))
        return {{EuCentral1, EuWest1, UsEast1}, {75, 20, 5}};
    if (country == QLatin1String("JP"))
        return {{ApNortheast1, UsEast1, UsWest2}, {85, 10, 5}};
    if (country == QLatin1String("IE") || country == QLatin1String("NL") || country == QLatin1String("ES")
        || country == QLatin1String("IT"))
        return {{EuWest1, EuCentral1, UsEast1}, {70, 20, 10}};
    return {{UsEast1, UsWest2, EuWest1}, {60, 30, 10}};
}

bool isEmeaCountry(const QString &c)
{
    static const QStringList emea {
        QStringLiteral("GB"), QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("IE"), QStringLiteral("NL"),
        QStringLiteral("ES"), QStringLiteral("IT"), QStringLiteral("BE"), QStringLiteral("LU"), QStringLiteral("AT"),
        QStringLiteral("SE"), QStringLiteral("DK"), QStringLiteral("FI"), QStringLiteral("PT"), QStringLiteral("PL"),
        QStringLiteral("CH"), QStringLiteral("NO")};
    return emea.contains(c);
}

struct TaxRule
{
    std::int64_t rate = 0; // 10^-3 percent
    std::string type; // line_item_tax_type
    std::string label; // for the description
};

TaxRule taxFor(const GeneratorAccount &account)
{
    const QString &c = account.taxCountry;
    if (c == QLatin1String("US") || c.isEmpty()) {
        // US sales tax depends on the state of the account's address: pick one deterministically.
        static const std::array<std::pair<const char *, std::int64_t>, 3> states {
            {{"WA", 10250}, {"NY", 8875}, {"TX", 8250}}};
        const auto &s = states[fnv1a(account.id.toStdString()) % states.size()];
        return {s.second, "USSalesTax", std::string("US sales tax (") + s.first + ")"};
    }
    if (c == QLatin1String("GB"))
        return {20000, "VAT", "UK VAT"};
    if (c == QLatin1String("FR"))
        return {20000, "VAT", "FR VAT"};
    if (c == QLatin1String("DE"))
        return {19000, "VAT", "DE VAT"};
    if (c == QLatin1String("JP"))
        return {10000, "JCT", "Japanese consumption tax"};
    return {};
}

// --- Output -----------------------------------------------------------------------------------------
class Sink
{
public:
    virtual ~Sink() = default;
    virtual bool write(const char *data, std::size_t size) = 0;
    virtual bool finish() = 0;
    std::int64_t written = 0;
};

class PlainSink final : public Sink
{
public:
    explicit PlainSink(QIODevice &d)
        : m_device(d)
    {
    }
    bool write(const char *data, std::size_t size) override
    {
        const qint64 n = m_device.write(data, qint64(size));
        written += n > 0 ? n : 0;
        return n == qint64(size);
    }
    bool finish() override { return true; }

private:
    QIODevice &m_device;
};

class GzipSink final : public Sink
{
public:
    explicit GzipSink(QIODevice &d)
        : m_device(d)
        , m_out(1 << 18)
    {
        m_ok = deflateInit2(&m_zs, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    }
    ~GzipSink() override { deflateEnd(&m_zs); }
    bool write(const char *data, std::size_t size) override { return m_ok && pump(data, size, Z_NO_FLUSH); }
    bool finish() override { return m_ok && pump(nullptr, 0, Z_FINISH); }

private:
    bool pump(const char *data, std::size_t size, int flush)
    {
        m_zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        m_zs.avail_in = uInt(size);
        int rc = Z_OK;
        do {
            m_zs.next_out = reinterpret_cast<Bytef *>(m_out.data());
            m_zs.avail_out = uInt(m_out.size());
            rc = deflate(&m_zs, flush);
            if (rc == Z_STREAM_ERROR)
                return false;
            const std::size_t have = m_out.size() - m_zs.avail_out;
            if (have > 0) {
                if (m_device.write(m_out.data(), qint64(have)) != qint64(have))
                    return false;
                written += qint64(have);
            }
        } while (m_zs.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
        return true;
    }

    QIODevice &m_device;
    z_stream m_zs {};
    std::vector<char> m_out;
    bool m_ok = false;
};

// A growable text buffer with fast CSV field writers; flushed to the sink in large blocks.
class Writer
{
public:
    explicit Writer(Sink &sink)
        : m_sink(sink)
    {
        m_buffer.reserve(Capacity + 4096);
    }

    void raw(std::string_view s) { m_buffer.append(s.data(), s.size()); }
    void ch(char c) { m_buffer.push_back(c); }
    void field(std::string_view s)
    {
        m_buffer.append(s.data(), s.size());
        m_buffer.push_back(',');
    }
    // A decimal of `scale` fractional digits (10^scale = divisor), trailing zeros dropped.
    void number(std::int64_t value, std::int64_t divisor, int digits)
    {
        char tmp[48];
        char *end = tmp + sizeof(tmp);
        char *p = end;
        const bool neg = value < 0;
        std::uint64_t v = neg ? std::uint64_t(-(value + 1)) + 1 : std::uint64_t(value);
        std::uint64_t whole = v / std::uint64_t(divisor);
        std::uint64_t frac = v % std::uint64_t(divisor);
        if (frac != 0) {
            int d = digits;
            while (frac % 10 == 0) {
                frac /= 10;
                --d;
            }
            for (int i = 0; i < d; ++i) {
                *--p = char('0' + frac % 10);
                frac /= 10;
            }
            *--p = '.';
        }
        do {
            *--p = char('0' + whole % 10);
            whole /= 10;
        } while (whole != 0);
        if (neg)
            *--p = '-';
        m_buffer.append(p, std::size_t(end - p));
        m_buffer.push_back(',');
    }
    void amount(std::int64_t v) { number(v, AmountScale, 10); }
    void quantity(std::int64_t v) { number(v, QtyScale, 4); }
    void twoDigits(int v)
    {
        m_buffer.push_back(char('0' + v / 10));
        m_buffer.push_back(char('0' + v % 10));
    }
    void endRow()
    {
        m_buffer.back() = '\n'; // replaces the last field's comma
        ++m_rows;
    }
    bool flushIfFull() { return m_buffer.size() < Capacity || flush(); }
    bool flush()
    {
        m_csvBytes += std::int64_t(m_buffer.size());
        const bool ok = m_buffer.empty() || m_sink.write(m_buffer.data(), m_buffer.size());
        m_buffer.clear();
        return ok;
    }
    std::int64_t csvBytes() const { return m_csvBytes; }

private:
    static constexpr std::size_t Capacity = 1 << 20;
    Sink &m_sink;
    std::string m_buffer;
    std::int64_t m_rows = 0;
    std::int64_t m_csvBytes = 0;
};

std::string csvQuoted(const std::string &s)
{
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string formatUsd(std::int64_t units)
{
    // at least 2 decimals, at most 10, trailing zeros dropped beyond the second
    std::string s = std::to_string(units / AmountScale);
    std::int64_t frac = units % AmountScale;
    std::string f = std::to_string(frac);
    f.insert(0, std::size_t(10 - f.size()), '0');
    while (f.size() > 2 && f.back() == '0')
        f.pop_back();
    return s + "." + f;
}

// A rate in 10^-3 percent as text: 20000 -> "20", 8875 -> "8.875".
std::string percentText(std::int64_t rate)
{
    std::string s = std::to_string(rate / 1000);
    std::int64_t frac = rate % 1000;
    if (frac != 0) {
        std::string f = std::to_string(frac);
        f.insert(0, std::size_t(3 - f.size()), '0');
        while (f.back() == '0')
            f.pop_back();
        s += "." + f;
    }
    return s;
}

// A SKU in one region: everything the writer needs, pre-rendered.
struct PricedSku
{
    int sku = 0;
    std::int64_t price = 0; // 10^-10 USD per unit
    std::string usageType;
    std::string region;
    std::string description; // CSV-ready (quoted when needed)
    std::string reservedDescription;
};

struct Tables
{
    std::vector<PricedSku> priced; // index: sku * RegionCount + region (global SKUs: every region the same)
    std::vector<int> skuCumulative; // cumulative weights
    int totalWeight = 0;
    std::array<std::string, ServiceCount> serviceCode;
    std::array<std::string, ServiceCount> serviceName;

    Tables()
    {
        for (int s = 0; s < ServiceCount; ++s) {
            serviceCode[std::size_t(s)] = csvQuoted(ServiceDefs[std::size_t(s)].code);
            serviceName[std::size_t(s)] = csvQuoted(ServiceDefs[std::size_t(s)].name);
        }
        priced.resize(std::size_t(SkuCount * RegionCount));
        for (int k = 0; k < SkuCount; ++k) {
            const SkuDef &def = Skus[k];
            totalWeight += def.weight;
            skuCumulative.push_back(totalWeight);
            const std::int64_t base = parseUnits(def.price, AmountScale);
            for (int r = 0; r < RegionCount; ++r) {
                PricedSku &p = priced[std::size_t(k * RegionCount + r)];
                p.sku = k;
                const bool global = def.flags & Global;
                p.price = global ? base : mulDivHalfEven(base, Regions[std::size_t(r)].factor, 10000);
                p.usageType
                    = global ? std::string(def.usageType) : std::string(Regions[std::size_t(r)].prefix) + def.usageType;
                p.region = global ? std::string() : std::string(Regions[std::size_t(r)].code);
                std::string desc = def.description;
                const std::string price = formatUsd(p.price * def.descPer);
                desc.replace(desc.find("%s"), 2, price);
                p.description = csvQuoted(desc);
                if (def.flags & Reserved)
                    p.reservedDescription = csvQuoted("USD 0.0 per PostgreSQL, db.r6g.large reserved instance applied");
            }
        }
    }

    int pickSku(Rng &rng) const
    {
        const int x = int(rng.below(std::uint32_t(totalWeight)));
        return int(std::upper_bound(skuCumulative.begin(), skuCumulative.end(), x) - skuCumulative.begin());
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

// One account as the generator sees it, with its pre-rendered fields.
struct AccountCtx
{
    std::string id;
    std::string invoiceId;
    std::string invoicingEntity; // CSV-ready
    RegionMix regions;
    TaxRule tax;
    std::string taxDescription;
    std::int64_t net = 0; // tax base: billable of its non-tax lines
    std::array<std::int64_t, ServiceCount> byService {}; // billable by service (mainService)
    int mainService = 0; // the service of its greatest charges before credits: names its credit and tax lines
};

int topService(const AccountCtx &a)
{
    int top = 0;
    for (int s = 1; s < ServiceCount; ++s)
        if (a.byService[std::size_t(s)] > a.byService[std::size_t(top)])
            top = s;
    return top;
}

// What each payer negotiated, and the margin its bills leave under the Basic pricing plan: deterministic from the
// seed and the payer.
struct PayerTraits
{
    std::int64_t targetMargin = 0; // 10^-3 percent of the month's public on-demand cost (see the credits)
    std::int64_t edpRate = 0; // 10^-3 percent
    std::int64_t privateRate = 0; // CloudFront private pricing
    bool savingsPlan = false;
    std::uint32_t spCoverage = 0; // percent of the eligible usage lines the Savings Plan covers
    bool spThreeYears = false; // 3 year No Upfront (the fee is 54% of the covered on-demand cost), else 1 year (72%)
    bool reservation = false;
    int creditProgram = 0; // index into CreditPrograms
};

constexpr const char *CreditPrograms[]
    = {"AWS Migration Acceleration Program credit", "AWS Activate credit", "AWS Partner promotional credit"};

PayerTraits traitsFor(std::uint64_t seed, const QString &payerId)
{
    Rng r {mix(seed, fnv1a(payerId.toStdString()))};
    PayerTraits t;
    t.targetMargin = 4000 + std::int64_t(r.below(15)) * 1000; // 4% .. 18%
    if (r.below(100) < 90)
        t.edpRate = 6000 + std::int64_t(r.below(10)) * 1000; // 6% .. 15%
    if (r.below(100) < 60)
        t.privateRate = 15000 + std::int64_t(r.below(3)) * 5000; // 15, 20, 25 %
    t.savingsPlan = r.below(100) < 85;
    t.spCoverage = 50 + r.below(36); // 50% .. 85%
    t.spThreeYears = r.below(100) < 40;
    t.reservation = r.below(100) < 60;
    t.creditProgram = int(r.below(3));
    return t;
}

std::string invoiceIdFor(const QString &entity, const QString &payer, const BillingPeriod &period, std::uint64_t seed)
{
    Rng r {mix(seed ^ std::uint64_t(period.index()), fnv1a(entity.toStdString(), fnv1a(payer.toStdString())))};
    const std::uint64_t n = r.next();
    const QString yy = QString::number(period.year() % 100).rightJustified(2, QLatin1Char('0'));
    if (entity.contains(QLatin1String("EMEA")))
        return "EUIN" + yy.toStdString() + "-" + std::to_string(10000000 + n % 90000000);
    if (entity.contains(QLatin1String("Japan")))
        return "JPIN" + yy.toStdString() + "-" + std::to_string(10000000 + n % 90000000);
    return std::to_string(1000000000ULL + n % 9000000000ULL);
}

// Business support: the greater of USD 100 or 10% of the first 10K, 7% to 80K, 5% to 250K, 3% above.
std::int64_t businessSupportFee(std::int64_t charges)
{
    if (charges <= 0)
        return 100 * AmountScale;
    struct Tier
    {
        std::int64_t upTo;
        std::int64_t percent;
    };
    constexpr Tier tiers[] = {{10'000, 10}, {80'000, 7}, {250'000, 5}, {INT64_MAX / AmountScale, 3}};
    std::int64_t fee = 0;
    std::int64_t lower = 0;
    for (const Tier &t : tiers) {
        const std::int64_t upper = t.upTo * AmountScale;
        if (charges <= lower)
            break;
        const std::int64_t slice = std::min(charges, upper) - lower;
        fee += slice / 100 * t.percent;
        lower = upper;
    }
    return std::max(roundToCents(fee), 100 * AmountScale);
}

Status validateOptions(const UsageGeneratorOptions &o)
{
    if (o.payers.isEmpty())
        return Error::input(QStringLiteral("payers"), QStringLiteral("NO_PAYERS"),
                            tr("There is no payer organization to generate usage for."));
    if (!o.firstPeriod.isValid())
        return Error::input(QStringLiteral("start"), QStringLiteral("INVALID_PERIOD"),
                            tr("The first billing period is not valid."));
    if (o.months < 1 || o.months > 120)
        return Error::input(QStringLiteral("months"), QStringLiteral("INVALID_MONTHS"),
                            tr("Months must be between 1 and 120."));
    if (o.rows < 0)
        return Error::input(QStringLiteral("rows"), QStringLiteral("INVALID_ROWS"),
                            tr("The row count cannot be negative."));
    return {};
}

// The accounts of a payer with rows in one period: the management account first; only as many as the rows can
// meaningfully cover.
std::vector<AccountCtx> accountsFor(const UsageGeneratorOptions &o, const GeneratorPayer &payer,
                                    const BillingPeriod &period, std::int64_t rowsHere)
{
    std::vector<AccountCtx> accounts;
    QList<GeneratorAccount> all {payer.management};
    all += payer.members;
    const std::int64_t wanted = std::clamp<std::int64_t>(rowsHere / 25, 1, all.size());
    for (std::int64_t i = 0; i < wanted; ++i) {
        const GeneratorAccount &a = all[qsizetype(i)];
        AccountCtx c;
        c.id = a.id.toStdString();
        const QString entity = UsageGenerator::invoicingEntityFor(a.taxCountry);
        c.invoicingEntity = csvQuoted(entity.toStdString());
        c.invoiceId = invoiceIdFor(entity, payer.management.id, period, o.seed);
        c.regions = regionMixFor(a.taxCountry);
        c.tax = taxFor(a);
        if (c.tax.rate > 0)
            c.taxDescription = csvQuoted(c.tax.label + " " + percentText(c.tax.rate) + "%");
        accounts.push_back(std::move(c));
    }
    return accounts;
}

// The rows of a payer's trailer: the support fee, the savings plan and reservation fees where the payer has them,
// one credit per account and one tax row per taxed account.
std::int64_t trailerRowCount(const PayerTraits &traits, const std::vector<AccountCtx> &accounts)
{
    std::int64_t rows = 1 + (traits.savingsPlan ? 1 : 0) + (traits.reservation ? 1 : 0) + std::int64_t(accounts.size());
    for (const AccountCtx &a : accounts)
        rows += a.tax.rate > 0 ? 1 : 0;
    return rows;
}

// The share (10^-9) of each account's charges that the month's credits take off, so that the payer's billable, tax
// included, is its Basic-plan pro forma (public on-demand cost of its usage) less `margin` (10^-3 percent). Charges
// are the accounts' billable before credits and tax; an account's tax is its rate on its charges after its credit.
// At least MinCreditShare: when the discounts alone already reach the target, the margin is a little above it.
constexpr std::int64_t MinCreditShare = 5'000'000; // 0.5%

std::int64_t creditShare(const std::vector<AccountCtx> &accounts, Int128 proForma, std::int64_t margin)
{
    Int128 billable = 0; // with tax, x RateScale
    Int128 creditable = 0; // what a credit of 100% would take off, tax included, x RateScale
    for (const AccountCtx &a : accounts) {
        billable += Int128(a.net) * RateScale;
        if (a.net > 0) {
            billable += Int128(a.net) * a.tax.rate;
            creditable += Int128(a.net) * (RateScale + a.tax.rate);
        }
    }
    const Int128 target = proForma * (RateScale - margin);
    if (creditable <= 0 || billable <= target)
        return MinCreditShare;
    constexpr Int128 one = 1'000'000'000;
    const Int128 share = ((billable - target) * one + creditable / 2) / creditable;
    return std::int64_t(std::clamp<Int128>(share, MinCreditShare, one));
}

} // namespace

UsageGenerator::UsageGenerator(UsageGeneratorOptions options)
    : m_options(std::move(options))
{
}

QStringList UsageGenerator::columns()
{
    return {QStringLiteral("identity_line_item_id"),
            QStringLiteral("bill_billing_period_start_date"),
            QStringLiteral("bill_payer_account_id"),
            QStringLiteral("bill_invoice_id"),
            QStringLiteral("bill_invoicing_entity"),
            QStringLiteral("bill_billing_entity"),
            QStringLiteral("line_item_usage_account_id"),
            QStringLiteral("line_item_line_item_type"),
            QStringLiteral("line_item_usage_start_date"),
            QStringLiteral("line_item_product_code"),
            QStringLiteral("product_product_name"),
            QStringLiteral("line_item_usage_type"),
            QStringLiteral("line_item_operation"),
            QStringLiteral("product_region_code"),
            QStringLiteral("line_item_usage_amount"),
            QStringLiteral("line_item_currency_code"),
            QStringLiteral("line_item_unblended_cost"),
            QStringLiteral("line_item_net_unblended_cost"),
            QStringLiteral("pricing_public_on_demand_cost"),
            QStringLiteral("line_item_tax_type"),
            QStringLiteral("line_item_line_item_description"),
            QStringLiteral("bill_bill_type")};
}

QString UsageGenerator::invoicingEntityFor(const QString &taxCountry)
{
    if (taxCountry == QLatin1String("JP"))
        return QStringLiteral("Amazon Web Services Japan G.K.");
    if (taxCountry == QLatin1String("IN"))
        return QStringLiteral("Amazon Web Services India Private Limited");
    if (taxCountry == QLatin1String("BR"))
        return QStringLiteral("Amazon AWS Servi\u00e7os Brasil Ltda.");
    if (taxCountry == QLatin1String("CA"))
        return QStringLiteral("Amazon Web Services Canada, Inc.");
    if (isEmeaCountry(taxCountry))
        return QStringLiteral("Amazon Web Services EMEA SARL");
    return QStringLiteral("Amazon Web Services, Inc.");
}

QList<GeneratorPayer> UsageGenerator::syntheticPayers(int count)
{
    static const char *const names[]
        = {"Northwind Traders", "Contoso Retail", "Fabrikam Labs", "Tailspin Toys",  "Wide World Importers",
           "Adventure Works",   "Litware",        "Proseware",     "Woodgrove Bank", "Alpine Ski House"};
    static const char *const countries[] = {"US", "GB", "FR", "JP"};
    static const char *const teams[]
        = {"Production", "Staging", "Data Platform", "Security", "Sandbox", "Analytics", "Web"};
    QList<GeneratorPayer> payers;
    Rng rng {0x5eed}; // the same organizations whatever the usage seed, so that runs can be combined
    auto accountId = [&rng] { return QString::number(100000000000ULL + rng.next() % 900000000000ULL); };
    for (int i = 0; i < count; ++i) {
        GeneratorPayer p;
        p.name = i < 10 ? QString::fromLatin1(names[i]) : QStringLiteral("Organization %1").arg(i + 1);
        const QString country = QString::fromLatin1(countries[i % 4]);
        p.management = {accountId(), p.name + QStringLiteral(" Management"), country};
        const int members = 2 + int(rng.below(6));
        for (int m = 0; m < members; ++m) {
            // Most members share the management account's country; a few sit elsewhere (multi-jurisdiction).
            const QString memberCountry = rng.below(5) == 0 ? QString::fromLatin1(countries[rng.below(4)]) : country;
            p.members.append(
                {accountId(), QStringLiteral("%1 %2").arg(p.name, QString::fromLatin1(teams[m % 7])), memberCountry});
        }
        payers.append(p);
    }
    return payers;
}

Result<GeneratorReport> UsageGenerator::writeFile(const QString &path, const Progress &progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::input(path, QStringLiteral("CANNOT_WRITE"),
                            tr("Cannot write %1: %2").arg(path, file.errorString()));
    auto report = write(file, progress);
    if (!report.ok()) {
        file.cancelWriting();
        return report;
    }
    if (!file.commit())
        return Error::input(path, QStringLiteral("CANNOT_WRITE"),
                            tr("Cannot write %1: %2").arg(path, file.errorString()));
    return report;
}

Result<GeneratorReport> UsageGenerator::write(QIODevice &device, const Progress &progress) const
{
    const UsageGeneratorOptions &o = m_options;
    if (auto valid = validateOptions(o); !valid)
        return valid.error();

    const Tables &t = tables();
    std::unique_ptr<Sink> sink;
    if (o.gzip)
        sink = std::make_unique<GzipSink>(device);
    else
        sink = std::make_unique<PlainSink>(device);
    Writer w(*sink);
    const Error writeError = Error::internal(tr("Writing the usage file failed: %1").arg(device.errorString()));

    const QStringList header = columns();
    w.raw(header.join(QLatin1Char(',')).toStdString());
    w.ch('\n');

    GeneratorReport report;
    const std::int64_t groups = std::int64_t(o.payers.size()) * o.months;
    std::int64_t done = 0;
    std::int64_t nextProgress = 0;
    constexpr std::int64_t progressStep = 8192;
    std::int64_t groupIndex = 0;

    // Per row: the identity id (52 base32 characters like AWS's), then the fields.
    static constexpr char base32[] = "abcdefghijklmnopqrstuvwxyz234567";

    for (int m = 0; m < o.months; ++m) {
        const BillingPeriod period = o.firstPeriod.addMonths(m);
        const std::string periodStart
            = period.firstDay().toString(QStringLiteral("yyyy-MM-dd")).toStdString() + "T00:00:00.000Z";
        const std::string monthPrefix = period.firstDay().toString(QStringLiteral("yyyy-MM-")).toStdString();
        const int days = period.days();

        for (const GeneratorPayer &payer : o.payers) {
            const std::int64_t rowsHere = o.rows / groups + (groupIndex < o.rows % groups ? 1 : 0);
            ++groupIndex;
            const PayerTraits traits = traitsFor(o.seed, payer.management.id);
            Rng rng {mix(o.seed, fnv1a(payer.management.id.toStdString()) ^ (std::uint64_t(period.index()) << 20))};

            std::vector<AccountCtx> accounts = accountsFor(o, payer, period, rowsHere);
            const bool trailer = rowsHere >= 40;
            const std::int64_t trailerRows = trailer ? trailerRowCount(traits, accounts) : 0;
            std::int64_t bodyRows = rowsHere - trailerRows;

            GeneratedTotals totals;
            totals.payerAccountId = payer.management.id;
            totals.period = period;
            totals.rows = rowsHere;
            Int128 billable = 0, unblended = 0, publicCost = 0, discounts = 0, credits = 0, tax = 0;
            Int128 proForma = 0; // public on-demand cost of the usage lines (the Basic pricing plan's pro forma)
            std::int64_t spCovered = 0, riCovered = 0, bodyNet = 0;
            const std::string payerId = payer.management.id.toStdString();

            auto begin = [&](const AccountCtx &a, const char *type, bool marketplace) {
                char id[53];
                for (int part = 0; part < 4; ++part) {
                    std::uint64_t x = rng.next();
                    for (int c = 0; c < 13; ++c) {
                        id[part * 13 + c] = base32[x & 31];
                        x >>= 5;
                    }
                }
                w.raw(std::string_view(id, 52));
                w.ch(',');
                w.field(periodStart);
                w.field(payerId);
                w.field(a.invoiceId);
                w.field(a.invoicingEntity);
                w.field(marketplace ? "AWS Marketplace" : "AWS");
                w.field(a.id);
                w.field(type);
            };
            auto usageDate = [&](int day, int hour) {
                w.raw(monthPrefix);
                w.twoDigits(day);
                w.ch('T');
                w.twoDigits(hour);
                w.raw(":00:00.000Z,");
            };
            auto amounts = [&](AccountCtx &a, int service, std::int64_t qty, std::int64_t unbl, std::int64_t net,
                               std::int64_t pub) {
                w.quantity(qty);
                w.field("USD");
                w.amount(unbl);
                w.amount(net);
                w.amount(pub);
                unblended += unbl;
                billable += net;
                publicCost += pub;
                if (pub != 0 && service != Support)
                    proForma += pub; // only usage lines carry a public on-demand cost
                a.net += net;
                a.byService[std::size_t(service)] += net;
            };
            auto end = [&](std::string_view taxType, std::string_view description) {
                w.field(taxType);
                w.field(description);
                w.field("Anniversary");
                w.endRow();
                ++done;
            };

            // --- Body: usage lines with their discount, negation or reservation companions.
            while (bodyRows > 0) {
                AccountCtx &a = accounts[rng.below(std::uint32_t(accounts.size()))];
                const int k = t.pickSku(rng);
                const SkuDef &def = Skus[k];
                int region = UsEast1;
                if (!(def.flags & Global)) {
                    const std::uint32_t x = rng.below(100);
                    region
                        = a.regions.regions[x < std::uint32_t(a.regions.weights[0])                              ? 0
                                                : x < std::uint32_t(a.regions.weights[0] + a.regions.weights[1]) ? 1
                                                                                                                 : 2];
                }
                const PricedSku &p = t.priced[std::size_t(k * RegionCount + region)];
                const std::int64_t qMin = parseUnits(def.qtyMin, QtyScale);
                const std::int64_t qMax = parseUnits(def.qtyMax, QtyScale);
                const std::uint64_t u = rng.next() & 0xFFFF;
                std::int64_t qty = qMin + std::int64_t((Int128(qMax - qMin) * Int128(u * u)) >> 32);
                if (def.flags & IntegerQty)
                    qty = std::max<std::int64_t>(QtyScale, qty / QtyScale * QtyScale);
                const std::int64_t cost = mulDivHalfEven(qty, p.price, QtyScale);
                const int day = 1 + int(rng.below(std::uint32_t(days)));
                const int hour = int(rng.below(24));
                const bool marketplace = def.flags & MarketplaceSku;
                auto skuFields = [&](const std::string &usageType) {
                    usageDate(day, hour);
                    w.field(t.serviceCode[std::size_t(def.service)]);
                    w.field(t.serviceName[std::size_t(def.service)]);
                    w.field(usageType);
                    w.field(def.operation);
                    w.field(p.region);
                };

                const std::uint32_t roll = rng.below(100);
                if (trailer && traits.savingsPlan && (def.flags & SavingsPlan) && bodyRows >= 2
                    && roll < traits.spCoverage) {
                    begin(a, "SavingsPlanCoveredUsage", false);
                    skuFields(p.usageType);
                    amounts(a, def.service, qty, cost, cost, cost);
                    end({}, p.description);
                    begin(a, "SavingsPlanNegation", false);
                    skuFields(p.usageType);
                    amounts(a, def.service, 0, -cost, -cost, 0);
                    end({}, "SavingsPlanNegation used by AccountId : " + a.id + " and UsageSku : " + p.usageType);
                    spCovered += cost;
                    bodyRows -= 2;
                } else if (trailer && traits.reservation && (def.flags & Reserved) && roll < 60) {
                    begin(a, "DiscountedUsage", false);
                    skuFields(p.usageType);
                    amounts(a, def.service, qty, 0, 0, cost);
                    end({}, p.reservedDescription);
                    riCovered += cost;
                    bodyRows -= 1;
                } else {
                    const bool privateRate = (def.flags & PrivateRate) && traits.privateRate > 0;
                    const std::int64_t rate = marketplace ? 0 : privateRate ? traits.privateRate : traits.edpRate;
                    const bool withDiscount = rate > 0 && bodyRows >= 2;
                    const std::int64_t discount = withDiscount ? mulDivHalfEven(cost, rate, RateScale) : 0;
                    begin(a, "Usage", marketplace);
                    skuFields(p.usageType);
                    amounts(a, def.service, qty, cost, cost - discount, cost);
                    end({}, p.description);
                    bodyNet += cost - discount;
                    bodyRows -= 1;
                    if (withDiscount) {
                        begin(a, privateRate ? "PrivateRateDiscount" : "EdpDiscount", false);
                        skuFields(p.usageType);
                        unblended
                            -= discount; // the discount line: unblended -discount, net 0 (the usage line's net has it)
                        w.quantity(0);
                        w.field("USD");
                        w.amount(-discount);
                        w.amount(0);
                        w.amount(0);
                        discounts -= discount;
                        const std::string label
                            = (privateRate ? "Private rate discount (" : "EDP discount (") + percentText(rate) + "%)";
                        end({}, csvQuoted(label));
                        bodyRows -= 1;
                    }
                }
                if (!w.flushIfFull())
                    return writeError;
                if (progress && done >= nextProgress) {
                    nextProgress = done + progressStep;
                    if (!progress(done, o.rows))
                        return Error::rule(QStringLiteral("CANCELED"), tr("Generation canceled."));
                }
            }

            // --- Trailer: fees, credits, then tax per taxed account.
            if (trailer) {
                AccountCtx &mgmt = accounts.front();
                auto feeRow = [&](const char *type, int service, const char *usageType, const char *operation,
                                  std::int64_t amount, const std::string &description) {
                    begin(mgmt, type, false);
                    usageDate(1, 0);
                    w.field(t.serviceCode[std::size_t(service)]);
                    w.field(t.serviceName[std::size_t(service)]);
                    w.field(usageType);
                    w.field(operation);
                    w.field({});
                    amounts(mgmt, service, QtyScale, amount, amount, 0);
                    end({}, csvQuoted(description));
                };
                if (traits.savingsPlan) {
                    // Compute Savings Plans, No Upfront: 46% (3 years) or 28% (1 year) below on-demand.
                    const std::int64_t fee
                        = roundToCents(mulDivHalfEven(spCovered, traits.spThreeYears ? 54 : 72, 100));
                    feeRow("SavingsPlanRecurringFee", SavingsPlans,
                           traits.spThreeYears ? "ComputeSP:3yrNoUpfront" : "ComputeSP:1yrNoUpfront", "", fee,
                           std::string(traits.spThreeYears ? "3 year" : "1 year")
                               + " No Upfront Compute Savings Plan, recurring fee for "
                               + period.toString().toStdString());
                }
                if (traits.reservation) {
                    const std::int64_t fee = roundToCents(mulDivHalfEven(riCovered, 62, 100));
                    feeRow("RIFee", RDS, "HeavyUsage:db.r6g.large", "CreateDBInstance:0014", fee,
                           "USD " + formatUsd(fee) + " monthly fee for db.r6g.large PostgreSQL reserved instances");
                }
                const std::int64_t support = businessSupportFee(bodyNet);
                feeRow("Fee", Support, "Dollar", "", support,
                       "AWS Support (Business) - " + period.toString().toStdString());
                // Credits: the same share of every account's charges, sized so that the month's billable, tax
                // included, sits the payer's target margin (give or take 0.8 points from month to month) below the
                // public on-demand cost of its usage.
                Rng monthRng {mix(o.seed ^ 0x6d617267696eULL,
                                  fnv1a(payerId) ^ (std::uint64_t(period.index()) << 24))}; // "margin"
                const std::int64_t margin = traits.targetMargin - 800 + std::int64_t(monthRng.below(1601));
                const std::int64_t share = creditShare(accounts, proForma, margin);
                const std::string creditText = csvQuoted(CreditPrograms[traits.creditProgram]);
                for (AccountCtx &a : accounts) {
                    const int top = topService(a);
                    a.mainService = top;
                    const std::int64_t base = std::max<std::int64_t>(a.net, 0);
                    const std::int64_t credit
                        = std::min<std::int64_t>(-roundToCents(mulDivHalfEven(base, share, 1'000'000'000)),
                                                 -AmountScale / 100); // at least a cent
                    begin(a, "Credit", false);
                    usageDate(1, 0);
                    w.field(t.serviceCode[std::size_t(top)]);
                    w.field(t.serviceName[std::size_t(top)]);
                    w.field({});
                    w.field({});
                    w.field({});
                    amounts(a, top, 0, credit, credit, 0);
                    end({}, creditText);
                    credits += credit;
                }
                for (AccountCtx &a : accounts) {
                    if (a.tax.rate <= 0)
                        continue;
                    const std::int64_t base = std::max<std::int64_t>(a.net, 0);
                    const std::int64_t amount = roundToCents(mulDivHalfEven(base, a.tax.rate, RateScale));
                    const int top = a.mainService;
                    begin(a, "Tax", false);
                    usageDate(1, 0);
                    w.field(t.serviceCode[std::size_t(top)]);
                    w.field(t.serviceName[std::size_t(top)]);
                    w.field({});
                    w.field({});
                    w.field({});
                    w.quantity(0);
                    w.field("USD");
                    w.amount(amount);
                    w.amount(amount);
                    w.amount(0);
                    unblended += amount;
                    billable += amount;
                    tax += amount;
                    end(a.tax.type, a.taxDescription);
                }
            }
            if (!w.flushIfFull())
                return writeError;
            auto toDecimal = [](Int128 units) { return Decimal::fromRaw(units * 10); };
            totals.billable = toDecimal(billable);
            totals.unblended = toDecimal(unblended);
            totals.publicOnDemand = toDecimal(publicCost);
            totals.discounts = toDecimal(discounts);
            totals.credits = toDecimal(credits);
            totals.tax = toDecimal(tax);
            report.totals.append(totals);
        }
    }
    if (!w.flush() || !sink->finish())
        return writeError;
    if (progress)
        progress(done, o.rows);
    report.rows = done;
    report.csvBytes = w.csvBytes();
    report.bytes = sink->written;
    return report;
}

} // namespace bd
