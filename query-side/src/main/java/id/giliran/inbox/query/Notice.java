package id.giliran.inbox.query;

/**
 * What one event tells one recipient: a title and a body in Bahasa Indonesia, and the route of the
 * screen it is about. {@code subject} is the student whose counseling the body tells of (their name, the
 * topic, a reason, a time): the inbox keeps such a body only sealed with that student's key. Null when the
 * body names no student. The title never holds personal or counseling content: it stays clear.
 */
record Notice(Recipient to, String title, String body, String link, String subject) {
}
