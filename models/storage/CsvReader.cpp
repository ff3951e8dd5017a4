#include "CsvReader.h"

#include <QCoreApplication>
#include <QFile>

#include <zlib.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

constexpr std::size_t BlockSize = 1u << 20; // raw read size
constexpr std::size_t InitialBuffer = 4u << 20; // decoded buffer

// Line ends in [p, end): memchr jumps over the (usually line-end-free) text instead of a byte-by-byte count.
std::int64_t countNewlines(const char *p, const char *end)
{
    std::int64_t n = 0;
    while (p < end) {
        const auto *nl = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
        if (!nl)
            break;
        ++n;
        p = nl + 1;
    }
    return n;
}

} // namespace

bool isValidUtf8(std::string_view text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const auto *const end = p + text.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        std::uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

struct CsvReader::Private
{
    int fd = -1;
    QByteArray memory; // openData()
    std::size_t memoryPos = 0;
    bool fromMemory = false;
    bool rawEof = false;
    z_stream zs {};
    bool zInit = false;
    bool zStreamEnded = false;
    std::vector<char> in; // raw input for inflate
    std::size_t inPos = 0;
    std::size_t inEnd = 0;
    std::vector<char> pending; // raw bytes read by begin() before we knew the kind of file

    ~Private()
    {
        if (zInit)
            inflateEnd(&zs);
        if (fd >= 0)
            ::close(fd);
    }
};

CsvReader::CsvReader()
    : d(std::make_unique<Private>())
{
}

CsvReader::~CsvReader() = default;

void CsvReader::setRawObserver(RawObserver observer, void *context)
{
    m_observer = observer;
    m_observerContext = context;
}

bool CsvReader::fail(const QString &code, const QString &message, std::int64_t line, bool recoverable)
{
    m_failed = true;
    m_error = {code, message, line, recoverable};
    return false;
}

bool CsvReader::open(const QString &path)
{
    QFile probe(path);
    if (!probe.exists())
        return fail(QStringLiteral("FILE_NOT_FOUND"), tr("There is no file %1.").arg(path), 0);
    d->fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (d->fd < 0)
        return fail(QStringLiteral("FILE_NOT_READABLE"),
                    tr("Cannot read %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))), 0);
    m_rawSize = probe.size();
#ifdef POSIX_FADV_SEQUENTIAL
    ::posix_fadvise(d->fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    return begin();
}

bool CsvReader::openData(const QByteArray &data)
{
    d->memory = data;
    d->fromMemory = true;
    m_rawSize = data.size();
    return begin();
}

long CsvReader::readRaw(char *into, std::size_t size)
{
    long n = 0;
    if (!d->pending.empty()) {
        n = long(std::min(size, d->pending.size()));
        std::memcpy(into, d->pending.data(), std::size_t(n));
        d->pending.erase(d->pending.begin(), d->pending.begin() + n);
        return n; // already observed and counted
    }
    if (d->fromMemory) {
        n = long(std::min(size, std::size_t(d->memory.size()) - d->memoryPos));
        std::memcpy(into, d->memory.constData() + d->memoryPos, std::size_t(n));
        d->memoryPos += std::size_t(n);
    } else {
        do {
            n = ::read(d->fd, into, size);
        } while (n < 0 && errno == EINTR);
        if (n < 0) {
            fail(QStringLiteral("FILE_NOT_READABLE"),
                 tr("Reading the file failed: %1").arg(QString::fromLocal8Bit(strerror(errno))), m_line);
            return -1;
        }
    }
    if (n == 0)
        d->rawEof = true;
    m_rawConsumed += n;
    if (m_observer && n > 0)
        m_observer(m_observerContext, into, std::size_t(n));
    return n;
}

bool CsvReader::begin()
{
    // Look at the first bytes: gzip magic, BOMs, UTF-16 without BOM.
    char head[4096];
    std::size_t have = 0;
    while (have < sizeof head) {
        const long n = readRaw(head + have, sizeof head - have);
        if (n < 0)
            return false;
        if (n == 0)
            break;
        have += std::size_t(n);
    }
    d->pending.assign(head, head + have);
    d->rawEof = false;
    if (have == 0)
        return fail(QStringLiteral("EMPTY_FILE"), tr("The file is empty: it has no header and no rows."), 1);
    m_buffer.resize(InitialBuffer);
    if (have >= 2 && static_cast<unsigned char>(head[0]) == 0x1f && static_cast<unsigned char>(head[1]) == 0x8b) {
        m_compressed = true;
        d->in.resize(BlockSize);
        if (inflateInit2(&d->zs, 15 + 32) != Z_OK)
            return fail(QStringLiteral("GZIP_ERROR"), tr("Cannot start decompressing the file."), 0);
        d->zInit = true;
    }
    // Decode the start to look at the text encoding.
    if (!fill() && m_failed)
        return false;
    if (m_end == 0)
        return fail(QStringLiteral("EMPTY_FILE"), tr("The file is empty: it has no header and no rows."), 1);
    const auto *b = reinterpret_cast<const unsigned char *>(m_buffer.data());
    if (m_end >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)))
        return fail(QStringLiteral("ENCODING_UTF16"),
                    tr("The file is encoded as UTF-16. BillingDesk reads UTF-8 CSV files: save or export the file as "
                       "\"CSV UTF-8\" and import it again."),
                    1);
    if (m_end >= 4 && (b[0] == 0 || b[1] == 0) && (b[2] == 0 || b[3] == 0))
        return fail(QStringLiteral("ENCODING_UTF16"),
                    tr("The file looks like UTF-16 text (it has zero bytes between characters). BillingDesk reads "
                       "UTF-8 CSV files: save or export the file as \"CSV UTF-8\" and import it again."),
                    1);
    if (m_end >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        m_pos = 3;
    return true;
}

bool CsvReader::inflateMore()
{
    // Decode into the free tail of m_buffer.
    z_stream &zs = d->zs;
    const std::size_t before = m_end;
    while (m_end == before) {
        if (d->inPos == d->inEnd) {
            if (d->rawEof) {
                if (!d->zStreamEnded)
                    return fail(QStringLiteral("GZIP_TRUNCATED"),
                                tr("The gzip file is cut short: it ends before its compressed data does (an incomplete "
                                   "download or copy?). Nothing was imported from it."),
                                m_line);
                m_eof = true;
                return false;
            }
            const long n = readRaw(d->in.data(), d->in.size());
            if (n < 0)
                return false;
            d->inPos = 0;
            d->inEnd = std::size_t(n);
            if (n == 0)
                continue;
        }
        if (d->zStreamEnded) {
            // Another gzip member follows (concatenated .gz files).
            if (inflateReset(&zs) != Z_OK)
                return fail(QStringLiteral("GZIP_ERROR"), tr("The gzip file is damaged."), m_line);
            d->zStreamEnded = false;
        }
        zs.next_in = reinterpret_cast<Bytef *>(d->in.data() + d->inPos);
        zs.avail_in = uInt(d->inEnd - d->inPos);
        zs.next_out = reinterpret_cast<Bytef *>(m_buffer.data() + m_end);
        zs.avail_out = uInt(m_buffer.size() - m_end);
        const int rc = inflate(&zs, Z_NO_FLUSH);
        d->inPos = d->inEnd - zs.avail_in;
        m_end = m_buffer.size() - zs.avail_out;
        if (rc == Z_STREAM_END) {
            d->zStreamEnded = true;
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            return fail(QStringLiteral("GZIP_DAMAGED"),
                        tr("The gzip file is damaged (%1): it cannot be decompressed.")
                            .arg(QString::fromLatin1(zs.msg ? zs.msg : "data error")),
                        m_line);
        }
    }
    return true;
}

bool CsvReader::fill()
{
    if (m_eof || m_failed)
        return false;
    // Keep the pending bytes: move them to the front, grow when a record does not fit.
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, m_end - m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_buffer.size() - m_end < BlockSize / 2) {
        if (m_buffer.size() >= maxRecordBytes)
            return fail(QStringLiteral("RECORD_TOO_LONG"),
                        tr("Line %1 starts a record longer than %2 MB; this is not a cost export (or a quote is "
                           "never closed).")
                            .arg(m_line)
                            .arg(maxRecordBytes >> 20),
                        m_line);
        m_buffer.resize(m_buffer.size() * 2);
    }
    if (m_compressed)
        return inflateMore();
    const long n = readRaw(m_buffer.data() + m_end, m_buffer.size() - m_end);
    if (n < 0)
        return false;
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_end += std::size_t(n);
    return true;
}

// Finds the '\n' that ends the record starting at from (quotes respected), or nullptr if not in [from, end).
const char *CsvReader::findRecordEnd(const char *from, const char *end, bool &sawQuote) const
{
    const char *p = from;
    bool inQuotes = false;
    for (;;) {
        if (!inQuotes) {
            const auto *nl = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
            const char *limit = nl ? nl : end;
            const auto *q = static_cast<const char *>(std::memchr(p, '"', std::size_t(limit - p)));
            if (q) {
                sawQuote = true;
                inQuotes = true;
                p = q + 1;
                continue;
            }
            return nl;
        }
        const auto *q = static_cast<const char *>(std::memchr(p, '"', std::size_t(end - p)));
        if (!q)
            return nullptr;
        inQuotes = false;
        p = q + 1;
    }
}

namespace {

// 0x80 when any byte of [p, end) has its high bit set (non-ASCII), else 0. 16 bytes at a time where SSE2 is there.
unsigned char highBitOf(const char *p, const char *end)
{
    unsigned char high = 0;
#ifdef __SSE2__
    __m128i acc = _mm_setzero_si128();
    while (end - p >= 16) {
        acc = _mm_or_si128(acc, _mm_loadu_si128(reinterpret_cast<const __m128i *>(p)));
        p += 16;
    }
    if (_mm_movemask_epi8(acc))
        high = 0x80;
#endif
    for (; p < end; ++p)
        high |= static_cast<unsigned char>(*p);
    return high & 0x80;
}

inline bool isControl(unsigned char c)
{
    return c < 0x20 && c != '\t';
}

#ifdef __SSE2__
// Lanes of v that hold a C0 control character other than tab: signed v < 0x20 (which also takes bytes >= 0x80,
// negative as signed) and not >= 0x80, and not tab.
inline __m128i controlLanes(__m128i v)
{
    const __m128i low = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    const __m128i nonAscii = _mm_cmplt_epi8(v, _mm_setzero_si128());
    const __m128i tab = _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'));
    return _mm_andnot_si128(_mm_or_si128(nonAscii, tab), low);
}
#endif

} // namespace

bool hasControlCharacter(std::string_view text, bool allowLineBreaks)
{
    const char *p = text.data();
    const char *end = p + text.size();
#ifdef __SSE2__
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i lf = _mm_set1_epi8('\n');
    __m128i acc = _mm_setzero_si128();
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        __m128i lanes = controlLanes(v);
        if (allowLineBreaks)
            lanes = _mm_andnot_si128(_mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf)), lanes);
        acc = _mm_or_si128(acc, lanes);
        p += 16;
    }
    if (_mm_movemask_epi8(acc))
        return true;
#endif
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (isControl(c) && !(allowLineBreaks && (c == '\r' || c == '\n')))
            return true;
    }
    return false;
}

bool CsvReader::splitRecord(char *begin, char *end, bool sawQuote)
{
    m_fields.clear();
    unsigned char high = 0;
    bool control = false;
    char *p = begin;
    if (!sawQuote) {
        // No quotes in the record: every comma separates fields. 16 bytes at a time where SSE2 is there.
        char *start = p;
#ifdef __SSE2__
        const __m128i comma = _mm_set1_epi8(',');
        int highBits = 0;
        __m128i controlAcc = _mm_setzero_si128();
        while (end - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            unsigned mask = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, comma)));
            highBits |= _mm_movemask_epi8(v);
            controlAcc = _mm_or_si128(controlAcc, controlLanes(v));
            while (mask) {
                char *c = p + __builtin_ctz(mask);
                m_fields.emplace_back(start, std::size_t(c - start));
                start = c + 1;
                mask &= mask - 1;
            }
            p += 16;
        }
        if (highBits)
            high = 0x80;
        control = _mm_movemask_epi8(controlAcc) != 0;
#endif
        for (; p < end; ++p) {
            high |= static_cast<unsigned char>(*p);
            control = control || isControl(static_cast<unsigned char>(*p));
            if (*p == ',') {
                m_fields.emplace_back(start, std::size_t(p - start));
                start = p + 1;
            }
        }
        m_fields.emplace_back(start, std::size_t(end - start));
    } else {
        // Quoted fields somewhere in the record: fields are found with memchr (quotes, commas), not byte by byte.
        // Commas, quotes and line ends are ASCII, so the high bits of the whole record are those of the fields.
        high = highBitOf(begin, end);
        // Line breaks inside quoted fields are CSV (RFC 4180), not damage: they are allowed there.
        control = hasControlCharacter(std::string_view(begin, std::size_t(end - begin)), true);
        std::int64_t lineInRecord = 0;
        for (;;) {
            if (p < end && *p == '"') {
                ++p;
                char *out = p;
                char *start = p;
                for (;;) {
                    auto *q = static_cast<char *>(std::memchr(p, '"', std::size_t(end - p)));
                    if (!q) {
                        return fail(QStringLiteral("UNTERMINATED_QUOTE"),
                                    tr("Line %1: a quoted field is not closed before the end of the file (a cut-short "
                                       "last line?).")
                                        .arg(m_recordLine),
                                    m_recordLine);
                    }
                    const std::size_t n = std::size_t(q - p);
                    lineInRecord += countNewlines(p, q);
                    if (out != p)
                        std::memmove(out, p, n);
                    out += n;
                    p = q;
                    if (p + 1 < end && p[1] == '"') {
                        *out++ = '"';
                        p += 2;
                        continue;
                    }
                    ++p; // closing quote
                    break;
                }
                m_fields.emplace_back(start, std::size_t(out - start));
                if (p < end && *p != ',')
                    return fail(QStringLiteral("CSV_SYNTAX"),
                                tr("Line %1, field %2: unexpected text after a closing quote (a quote inside a quoted "
                                   "field must be doubled: \"\").")
                                    .arg(m_recordLine + lineInRecord)
                                    .arg(m_fields.size()),
                                m_recordLine + lineInRecord, true);
            } else {
                char *start = p;
                auto *c = static_cast<char *>(std::memchr(p, ',', std::size_t(end - p)));
                p = c ? c : end;
                m_fields.emplace_back(start, std::size_t(p - start));
            }
            if (p >= end)
                break;
            ++p; // ','
        }
    }
    m_control = control;
    m_validUtf8 = (high & 0x80) == 0 || isValidUtf8(std::string_view(begin, std::size_t(end - begin)));
    return true;
}

CsvReader::Status CsvReader::next()
{
    if (m_failed && m_error.recoverable) {
        m_failed = false;
        m_error = {};
    }
    if (m_failed)
        return Status::Error;
    for (;;) {
        char *base = m_buffer.data();
        bool sawQuote = false;
        const char *nl = nullptr;
        if (m_pos < m_end)
            nl = findRecordEnd(base + m_pos, base + m_end, sawQuote);
        if (!nl) {
            // Not a complete record in the buffer: read more, or take the rest at the end of the file.
            if (fill())
                continue;
            if (m_failed)
                return Status::Error;
            // End of input.
            base = m_buffer.data();
            if (m_pos >= m_end)
                return Status::End;
            sawQuote = false;
            // Is a quote still open? Then the last record is cut short.
            {
                bool inQuotes = false;
                for (std::size_t i = m_pos; i < m_end; ++i)
                    if (base[i] == '"') {
                        inQuotes = !inQuotes;
                        sawQuote = true;
                    }
                if (inQuotes) {
                    m_pos = m_end;
                    fail(QStringLiteral("UNTERMINATED_QUOTE"),
                         tr("Line %1: a quoted field is not closed before the end of the file (the last line is cut "
                            "short?).")
                             .arg(m_line),
                         m_line);
                    return Status::Error;
                }
            }
            char *recBegin = base + m_pos;
            char *recEnd = base + m_end;
            if (recEnd > recBegin && recEnd[-1] == '\r')
                --recEnd;
            m_recordLine = m_line;
            if (sawQuote)
                m_line += countNewlines(recBegin, recEnd);
            m_pos = m_end;
            if (!splitRecord(recBegin, recEnd, sawQuote))
                return Status::Error;
            ++m_recordCount;
            return Status::Record;
        }
        char *recBegin = base + m_pos;
        char *recEnd = const_cast<char *>(nl);
        const std::size_t next = std::size_t(nl - base) + 1;
        if (recEnd > recBegin && recEnd[-1] == '\r')
            --recEnd;
        m_recordLine = m_line;
        m_line += 1;
        if (sawQuote)
            m_line += countNewlines(recBegin, recEnd);
        m_pos = next;
        if (recBegin == recEnd && m_recordCount > 0) {
            // A blank line between records (or at the end): not a record.
            continue;
        }
        if (!splitRecord(recBegin, recEnd, sawQuote))
            return Status::Error;
        ++m_recordCount;
        return Status::Record;
    }
}

} // namespace bd
