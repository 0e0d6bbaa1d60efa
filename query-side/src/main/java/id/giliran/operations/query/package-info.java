/**
 * Operating the event processors of the read side: rebuilding a projection, the parked events
 * (dead letters) and handling an event again in place before anything is parked.
 */
package id.giliran.operations.query;
