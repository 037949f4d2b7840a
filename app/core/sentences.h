#pragma once

#include <QCoreApplication>
#include <QString>

// Two translated sentences shown as one text. English puts a space between them; Chinese and
// Japanese do not, so the joint itself is translated.
class Sentences
{
    Q_DECLARE_TR_FUNCTIONS(Sentences)

public:
    static QString join(const QString &first, const QString &second);
};
