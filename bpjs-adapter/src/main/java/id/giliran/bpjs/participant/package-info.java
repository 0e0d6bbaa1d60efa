/**
 * The BPJS participant check as a query of the application ({@code CheckBpjsParticipantQuery}),
 * answered through the PCare port.
 */
package id.giliran.bpjs.participant;
