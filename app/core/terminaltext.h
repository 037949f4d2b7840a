#pragma once

#include <QString>
#include <QStringView>

// Text laid out in a terminal's character cells. Chinese, Japanese and Korean characters (and
// full-width forms) take two cells and combining marks none, so columns padded by QString::size
// do not line up once a table holds CJK text. Used by the CLI's tables and labelled summaries.
class TerminalText
{
public:
    // Cells the text takes in a monospace terminal (Unicode East Asian Width: wide and
    // full-width count 2; combining and format characters 0; the rest 1).
    static int displayWidth(QStringView text);
    static int displayWidth(char32_t codePoint);
    // The text followed by spaces up to the given number of cells (never cut).
    static QString padded(const QString &text, int cells);
};
