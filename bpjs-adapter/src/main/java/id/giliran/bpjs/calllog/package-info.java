/**
 * The bridging log: every PCare call, already masked by the client, becomes a
 * {@code PcareCallRecordedEvent} with who caused it and for which registration.
 */
package id.giliran.bpjs.calllog;
