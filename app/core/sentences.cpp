#include "sentences.h"

QString Sentences::join(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    //: Two whole sentences in a row. Keep the space only if your language separates sentences with one.
    return tr("%1 %2", "two sentences in a row").arg(first, second);
}
