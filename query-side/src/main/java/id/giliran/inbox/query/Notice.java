package id.giliran.inbox.query;

/**
 * What one event tells one recipient: a title and a body in Bahasa Indonesia, and the route of the
 * screen it is about.
 */
record Notice(Recipient to, String title, String body, String link) {
}
