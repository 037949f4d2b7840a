#pragma once

#include <QString>

// Menu texts reused inside sentences and tooltips, without their keyboard accelerators:
// "&Retry" -> "Retry", "重试(&R)…" -> "重试…" (Chinese, Japanese and Korean put the letter in
// brackets after the word), "Save && close" -> "Save & close".
class ActionText
{
public:
    static QString withoutAccelerator(const QString &text);
    // Also without a trailing "…": the name of the action itself, for "Retry: 3 tasks".
    static QString plain(const QString &text);
};
