// The application's own MongoDB user: readWrite on its database only (no admin, no other database).
// Run once by the mongo image on the first start with an empty data volume (/docker-entrypoint-initdb.d),
// after it created the root user from MONGO_INITDB_ROOT_USERNAME / _PASSWORD. The names come from the
// environment docker-compose.yml passes in from .env; nothing secret is written in this file.
const database = process.env.GILIRAN_MONGO_DATABASE || 'giliran';
const username = process.env.GILIRAN_MONGO_USERNAME;
const password = process.env.GILIRAN_MONGO_PASSWORD;
if (!username || !password) {
  throw new Error('GILIRAN_MONGO_USERNAME and GILIRAN_MONGO_PASSWORD must be set');
}
db.getSiblingDB(database).createUser({
  user: username,
  pwd: password,
  roles: [{ role: 'readWrite', db: database }]
});
print('Giliran: user created with readWrite on database ' + database);
