#include "QueryFixture.h"

#include <catch2/catch.hpp>

namespace advicehub::test {

QueryFixture::QueryFixture() : clock(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC))
{
    Result<std::unique_ptr<Session>> opened
        = Session::open(createVault(dir.file(QStringLiteral("queries.ahv"))), clock);
    REQUIRE(opened.ok());
    session = std::move(opened).value();
    vault = &session->vault();
    lookup = &session->lookup();
    advisers = &session->advisers();
    holidays = &session->holidays();
    service = &session->queries();
    search = &session->search();
    auto first = advisers->add(QStringLiteral("Amara Quillfeather"));
    auto second = advisers->add(QStringLiteral("Tomas Brindlewood"), advisers::Role::Head);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    adviserId = first->id;
    otherAdviserId = second->id;
    REQUIRE(session->reloadReferenceData().ok());
    REQUIRE(session->setCurrentAdviser(adviserId).ok());
}

qint64 QueryFixture::stateId(const char* iso2) const
{
    const auto* state = lookup->findState(QString::fromLatin1(iso2));
    REQUIRE(state != nullptr);
    return state->id;
}

qint64 QueryFixture::themeId(const char* code) const
{
    const auto* theme = lookup->findTheme(QString::fromLatin1(code));
    REQUIRE(theme != nullptr);
    return theme->id;
}

qint64 QueryFixture::channelId(const char* code) const
{
    const auto* channel = lookup->findChannel(QString::fromLatin1(code));
    REQUIRE(channel != nullptr);
    return channel->id;
}

queries::QueryInput QueryFixture::input(const QString& subject) const
{
    queries::QueryInput in;
    in.receivedOn = clock.nowUtc().date();
    in.channelId = channelId("email");
    in.stateId = stateId("GH");
    in.institution = QStringLiteral("Ministry of Justice");
    in.contact = { QStringLiteral("Kofi Marrowby"), QStringLiteral("Legal adviser"),
        QStringLiteral("k.marrowby@example.org"), QStringLiteral("+233 30 000 0000") };
    in.subject = subject;
    in.requestText = QStringLiteral("The Ministry asks for advice on the steps towards accession.");
    in.themeIds = { themeId("ratification") };
    return in;
}

queries::Query QueryFixture::create(const queries::QueryInput& in)
{
    Result<queries::Query> query = service->create(in);
    INFO((query ? QString() : query.error().message).toStdString());
    REQUIRE(query.ok());
    return query.value();
}

queries::Query QueryFixture::create(const QString& subject)
{
    return create(input(subject));
}

queries::Query QueryFixture::get(qint64 id)
{
    Result<queries::Query> query = service->get(id);
    REQUIRE(query.ok());
    return query.value();
}

void QueryFixture::setToday(QDate date)
{
    clock.setNowUtc(QDateTime(date, QTime(9, 0), Qt::UTC));
}

} // namespace advicehub::test
