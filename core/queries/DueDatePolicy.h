#pragma once

#include <QDate>

#include <optional>

namespace advicehub::queries {

// What the person entering a query (the form, triage, the CLI's options, a CSV cell) says
// about its due date. An optional date could not tell "use the default" from "leave it".
struct DueDateChoice {
    enum class Mode {
        Default, // the default for the priority, in working days from receipt
        Keep, // as it is: a date set by hand stays, an automatic one follows receipt and priority
        Set, // this date
    };
    Mode mode = Mode::Default;
    QDate date; // Mode::Set only

    static DueDateChoice useDefault() { return {}; }
    static DueDateChoice keep() { return { Mode::Keep, {} }; }
    static DueDateChoice set(QDate date) { return { Mode::Set, date }; }
    bool isSet() const { return mode == Mode::Set; }
    bool operator==(const DueDateChoice&) const = default;
};

// An effective due date and whether it was set by hand (rather than computed from the priority).
struct DueDate {
    QDate date;
    bool overridden = false;
    bool operator==(const DueDate&) const = default;
};

// The due-date rule, in one place. A due date moves only with what it is computed from (the
// date of receipt, the priority) or when one is chosen: an automatic date stays as it was
// computed even if office holidays changed since, and a date set by hand stays set.
class DueDatePolicy {
public:
    // What a query has before an edit.
    struct Stored {
        QDate due;
        bool overridden = false;
        bool sameBasis = true; // the edit keeps the date of receipt and the priority
    };
    // `automatic`: the default for the new receipt and priority, counting the working days the
    // query's clock stopped. `stored`: nullopt for a new query.
    static DueDate decide(const DueDateChoice& choice, QDate automatic, const std::optional<Stored>& stored);
};

} // namespace advicehub::queries
