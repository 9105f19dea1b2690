#include "DataType.h"

#include <array>
#include <utility>

namespace bt::forms {

namespace {

// The codes as the standard spells them, in enum order.
constexpr std::array dataTypeCodes{u"text",
                                   u"text_latin",
                                   u"date",
                                   u"time",
                                   u"datetime",
                                   u"bool",
                                   u"num",
                                   u"num_int",
                                   u"num_currency",
                                   u"file",
                                   u"obj"};
constexpr std::array fieldKindCodes{u"input", u"select", u"label", u"hidden", u"locked"};
constexpr std::array prefillCodes{u"keine", u"optional", u"verpflichtend"};

template <typename Enum, typename Codes> std::optional<Enum> fromCode(const Codes& codes, QStringView code)
{
    for (std::size_t i = 0; i < codes.size(); ++i) {
        if (code == QStringView(codes[i])) {
            return static_cast<Enum>(i);
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<DataType> dataTypeFromCode(QStringView code)
{
    return fromCode<DataType>(dataTypeCodes, code);
}

QString codeOf(DataType type)
{
    return QStringView(dataTypeCodes[static_cast<std::size_t>(type)]).toString();
}

std::optional<FieldKind> fieldKindFromCode(QStringView code)
{
    return fromCode<FieldKind>(fieldKindCodes, code);
}

QString codeOf(FieldKind kind)
{
    return QStringView(fieldKindCodes[static_cast<std::size_t>(kind)]).toString();
}

std::optional<Prefill> prefillFromCode(QStringView code)
{
    return fromCode<Prefill>(prefillCodes, code);
}

} // namespace bt::forms
