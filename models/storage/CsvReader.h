#pragma once

#include <QString>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace bd {

// Streaming RFC 4180 CSV reader for large cost exports, plain or gzip-compressed (detected from the content).
// The file is never loaded into memory: it is read (and inflated) in blocks into one reusable buffer, and
// next() splits one record at a time into string_views over that buffer, with no allocation per field
// (quoted fields are unescaped in place). Views are valid until the next call to next().
//
// Handles: a UTF-8 byte order mark, CRLF and LF line ends, quoted fields with commas, quotes ("") and line
// breaks, a last line without a line end, fields of any length (the buffer grows up to maxRecordBytes),
// multi-member gzip. Refuses with a clear message: UTF-16 files, a quoted field left open at the end, a gzip
// stream that is cut short or damaged. Records whose bytes are not valid UTF-8 are flagged (validUtf8()), so
// a Latin-1 file is reported at the first such line.
// An optional raw-byte observer sees every byte of the file as stored (for the SHA-256 of the file).
class CsvReader final
{
public:
    enum class Status { Record, End, Error };

    CsvReader();
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Opens the file and checks its first bytes (empty, UTF-16). Returns false with error() set.
    bool open(const QString &path);
    // For tests and inspection: reads from memory instead of a file (same rules).
    bool openData(const QByteArray &data);

    // Reads the next record. Status::End at the end of the file, Status::Error with error() set.
    Status next();

    const std::vector<std::string_view> &fields() const { return m_fields; }
    std::int64_t line() const { return m_recordLine; } // 1-based physical line where the current record starts
    std::int64_t records() const { return m_recordCount; }
    bool validUtf8() const { return m_validUtf8; } // the current record is valid UTF-8
    // The current record has a C0 control character (NUL, ESC, ...) in one of its fields, other than tab and the
    // line breaks (CR, LF) that RFC 4180 allows inside quoted fields. Found in the pass that splits the record (no
    // extra pass for unquoted records).
    bool hasControlCharacters() const { return m_control; }
    bool compressed() const { return m_compressed; }
    std::int64_t bytesConsumed() const { return m_rawConsumed; } // bytes of the file read so far (as stored)
    std::int64_t totalBytes() const { return m_rawSize; }

    struct ErrorInfo
    {
        QString code; // EMPTY_FILE, ENCODING_UTF16, UNTERMINATED_QUOTE, CSV_SYNTAX, GZIP_TRUNCATED, ...
        QString message; // translated
        std::int64_t line = 0;
        bool recoverable = false; // one bad record (CSV_SYNTAX): next() continues with the following record
    };
    const ErrorInfo &error() const { return m_error; }

    // Every raw byte read from the file (compressed bytes for gzip) is passed here, in order.
    using RawObserver = void (*)(void *context, const char *data, std::size_t size);
    void setRawObserver(RawObserver observer, void *context);

    static constexpr std::size_t maxRecordBytes = 64u * 1024u * 1024u;

private:
    bool begin();
    bool fill(); // reads more (decoded) bytes into the buffer; false at the end of input or on error
    long readRaw(char *into, std::size_t size);
    bool inflateMore();
    bool fail(const QString &code, const QString &message, std::int64_t line, bool recoverable = false);
    const char *findRecordEnd(const char *from, const char *end, bool &sawQuote) const;
    bool splitRecord(char *begin, char *end, bool sawQuote);

    struct Private;
    std::unique_ptr<Private> d;

    std::vector<char> m_buffer; // decoded bytes [m_pos, m_end) are pending
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    bool m_eof = false;
    std::vector<std::string_view> m_fields;
    std::int64_t m_line = 1; // physical line of m_pos
    std::int64_t m_recordLine = 0; // line of the current record
    std::int64_t m_recordCount = 0;
    bool m_validUtf8 = true;
    bool m_control = false;
    bool m_compressed = false;
    bool m_failed = false;
    std::int64_t m_rawConsumed = 0;
    std::int64_t m_rawSize = 0;
    ErrorInfo m_error;
    RawObserver m_observer = nullptr;
    void *m_observerContext = nullptr;
};

// True when text is valid UTF-8.
bool isValidUtf8(std::string_view text);
// True when text holds a C0 control character (0x00..0x1F) other than tab (and CR, LF with allowLineBreaks).
bool hasControlCharacter(std::string_view text, bool allowLineBreaks);

} // namespace bd
