#include "queries/QueryCsv.h"

#include "queries/QueryCsvFormat.h"

namespace advicehub::queries {

QueryCsv::QueryCsv(
    QueryService& service, QuerySearch& search, reference::ReferenceLookup& lookup, const CaseSummaryBuilder& summaries)
    : m_import(service, lookup), m_export(service, search, summaries)
{ }

QStringList QueryCsv::columns()
{
    return csvformat::columns();
}

QStringList QueryCsv::requiredColumns()
{
    return csvformat::requiredColumns();
}

} // namespace advicehub::queries
