/**
 * Operating the read side: event processors (projections) and their rebuilds, and the events they
 * could not handle (dead letters). ADMIN acts; AUDITOR reads.
 */
package id.giliran.api.operations;
