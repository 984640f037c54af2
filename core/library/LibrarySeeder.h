#pragma once

namespace advicehub::db {
class Connection;
}

namespace advicehub::library {

// The templates (acknowledgement of receipt, holding reply, referral notice, standard answer; in
// English, French and Spanish) and the CTI tools every vault starts with, from the resources
// (resources/reference/templates/*.html, resources/reference/library.tsv). Inside the migration's
// transaction; inserts with seeded = 1.
void seedLibrary(db::Connection& connection);

} // namespace advicehub::library
