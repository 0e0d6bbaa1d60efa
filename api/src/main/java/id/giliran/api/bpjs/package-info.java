/**
 * What the rest of Giliran sees of BPJS Kesehatan PCare: participants, visit registrations and
 * reference lists, in our own names. The BPJS wire names (noKartu, kdPoli, ...) stay inside
 * bpjs-adapter.
 */
package id.giliran.api.bpjs;
