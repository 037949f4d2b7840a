#include "terminaltext.h"

#include <QChar>

#include <algorithm>
#include <iterator>

namespace {

struct Range
{
    char32_t first;
    char32_t last;
};

// The wide (W) and full-width (F) blocks of Unicode's EastAsianWidth.txt that text in the ten
// UI languages and in prompts can contain, in ascending order.
constexpr Range WideRanges[] = {
    {0x1100, 0x115F},   // Hangul Jamo leading consonants
    {0x231A, 0x231B},   {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3},
    {0x25FD, 0x25FE},   {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693},
    {0x26A1, 0x26A1},   {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA},
    {0x26FD, 0x26FD},   {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C},
    {0x274E, 0x274E},   {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0},
    {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
    {0x2E80, 0x303E},   // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
    {0x3041, 0x33FF},   // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK compatibility
    {0x3400, 0x4DBF},   // CJK extension A
    {0x4E00, 0x9FFF},   // CJK unified ideographs
    {0xA000, 0xA4CF},   // Yi
    {0xA960, 0xA97F},   // Hangul Jamo extended A
    {0xAC00, 0xD7A3},   // Hangul syllables
    {0xF900, 0xFAFF},   // CJK compatibility ideographs
    {0xFE10, 0xFE19},   // vertical forms
    {0xFE30, 0xFE6F},   // CJK compatibility forms, small form variants
    {0xFF00, 0xFF60},   // full-width forms
    {0xFFE0, 0xFFE6},   // full-width signs
    {0x16FE0, 0x18CFF}, // Tangut, Khitan and ideographic symbols
    {0x1B000, 0x1B2FF}, // Kana supplement and extensions
    {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A},
    {0x1F200, 0x1F2FF}, // enclosed ideographic supplement
    {0x1F300, 0x1F64F}, // pictographs and emoticons (most are wide)
    {0x1F680, 0x1F6FF}, // transport and map symbols
    {0x1F900, 0x1F9FF}, // supplemental symbols and pictographs
    {0x1FA70, 0x1FAFF},
    {0x20000, 0x2FFFD}, // CJK extensions B to F, compatibility supplement
    {0x30000, 0x3FFFD}, // CJK extensions G and later
};

bool isWide(char32_t codePoint)
{
    const auto after = std::upper_bound(std::begin(WideRanges), std::end(WideRanges), codePoint,
                                        [](char32_t value, const Range &range) { return value < range.first; });
    return after != std::begin(WideRanges) && codePoint <= std::prev(after)->last;
}

} // namespace

int TerminalText::displayWidth(char32_t codePoint)
{
    if (codePoint == 0)
        return 0;
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        break;
    }
    if (codePoint >= 0x1160 && codePoint <= 0x11FF)
        return 0;   // Hangul vowels and final consonants join the preceding leading consonant
    return isWide(codePoint) ? 2 : 1;
}

int TerminalText::displayWidth(QStringView text)
{
    int cells = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t codePoint = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        cells += displayWidth(codePoint);
    }
    return cells;
}

QString TerminalText::padded(const QString &text, int cells)
{
    const int missing = cells - displayWidth(text);
    return missing > 0 ? text + QString(missing, QLatin1Char(' ')) : text;
}
