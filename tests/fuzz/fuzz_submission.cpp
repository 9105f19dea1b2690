// Submission instances and drafts are read back against a schema (a resumed draft, a re-check
// before sending): any bytes must give complete answers or one error with a place, never a crash
// or half the answers; what is read must write and read again to the same answers.
#include "CodeListRegistry.h"
#include "SchemaParser.h"
#include "SubmissionReader.h"
#include "SubmissionWriter.h"

#include <cstdint>
#include <cstdlib>

void btInitTerminalResources();

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const bt::forms::FormSchema schema = [] {
        btInitTerminalResources();
        bt::forms::SchemaError error;
        const std::optional<bt::forms::CodeListRegistry> codeLists = bt::forms::CodeListRegistry::load(
            QString::fromLatin1(bt::forms::CodeListRegistry::shippedDirectory), &error);
        std::optional<bt::forms::FormSchema> loaded =
            codeLists ? bt::forms::SchemaParser::load(QStringLiteral(BT_FUZZ_SCHEMA), &*codeLists, &error)
                      : std::nullopt;
        if (!loaded) {
            std::abort();
        }
        return *loaded;
    }();
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    bt::forms::SubmissionError error;
    const std::optional<bt::forms::Submission> read = bt::forms::SubmissionReader::read(bytes, schema, &error);
    if (!read) {
        if (error.message.isEmpty()) {
            std::abort(); // a rejection always says what is wrong
        }
        return 0;
    }
    // What was accepted fits the schema: it writes, and reads back the same in both formats.
    const std::optional<QByteArray> xml =
        bt::forms::SubmissionWriter::toXml(schema, read->formId, read->answers, &error);
    const std::optional<QByteArray> json =
        bt::forms::SubmissionWriter::toJson(schema, read->formId, read->answers, &error);
    if (!xml || !json) {
        std::abort();
    }
    const std::optional<bt::forms::Submission> fromXml = bt::forms::SubmissionReader::readXml(*xml, schema, &error);
    const std::optional<bt::forms::Submission> fromJson = bt::forms::SubmissionReader::readJson(*json, schema, &error);
    if (!fromXml || !fromJson || !(fromXml->answers == read->answers) || !(fromJson->answers == read->answers) ||
        fromXml->formId != read->formId || fromJson->formId != read->formId) {
        std::abort();
    }
    return 0;
}
