/**
 * PCare's reference lists as queries of the application: the FKTP's clinics (poli), which the admin
 * maps to Giliran's clinics.
 */
package id.giliran.bpjs.reference;
