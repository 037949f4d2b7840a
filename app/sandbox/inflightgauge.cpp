#include "inflightgauge.h"

#include <algorithm>

namespace QueueLensSandbox {

class InFlightGauge::Ticket final : public ExchangeEnd
{
public:
    Ticket(std::weak_ptr<Counts> counts, QString provider, std::shared_ptr<ExchangeEnd> alsoEnd)
        : m_counts(std::move(counts))
        , m_provider(std::move(provider))
        , m_alsoEnd(std::move(alsoEnd))
    {
    }
    ~Ticket() override { end(); }

    void end() override
    {
        if (m_ended)
            return;
        m_ended = true;
        // weak: the gauge (the server) may be gone before the last socket lets go
        if (const auto counts = m_counts.lock()) {
            --counts->total;
            --counts->byProvider[m_provider];
        }
        if (m_alsoEnd)
            m_alsoEnd->end();
    }

private:
    std::weak_ptr<Counts> m_counts;
    QString m_provider;
    std::shared_ptr<ExchangeEnd> m_alsoEnd;
    bool m_ended = false;
};

InFlightGauge::InFlightGauge()
    : m_counts(std::make_shared<Counts>())
{
}

std::shared_ptr<ExchangeEnd> InFlightGauge::begin(const QString &provider, std::shared_ptr<ExchangeEnd> alsoEnd)
{
    Counts &counts = *m_counts;
    counts.peakTotal = std::max(counts.peakTotal, ++counts.total);
    int &mine = counts.byProvider[provider];
    int &peak = counts.peakByProvider[provider];
    peak = std::max(peak, ++mine);
    return std::make_shared<Ticket>(m_counts, provider, std::move(alsoEnd));
}

int InFlightGauge::current() const
{
    return m_counts->total;
}

int InFlightGauge::peak() const
{
    return m_counts->peakTotal;
}

QHash<QString, int> InFlightGauge::peakByProvider() const
{
    return m_counts->peakByProvider;
}

void InFlightGauge::restartPeaks()
{
    m_counts->peakTotal = m_counts->total;
    m_counts->peakByProvider = m_counts->byProvider;
}

} // namespace QueueLensSandbox
