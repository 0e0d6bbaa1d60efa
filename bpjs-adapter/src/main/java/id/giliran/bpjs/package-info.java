/**
 * The anti-corruption layer towards BPJS Kesehatan PCare. BPJS wire names stay inside this
 * module; the rest of Giliran sees the records of {@code id.giliran.api.bpjs}.
 * <ul>
 *   <li>{@code pcare}: {@link id.giliran.bpjs.pcare.PcarePort} and its HTTP implementation
 *       {@link id.giliran.bpjs.pcare.PcareClient} (HMAC-SHA256 signature, AES response
 *       decryption, LZ-String), failures as {@link id.giliran.bpjs.pcare.PcareFailure} kinds,
 *       a masked log record of every call for a {@link id.giliran.bpjs.pcare.PcareCallListener};</li>
 *   <li>{@code lzstring}: the LZ-String codec BPJS uses;</li>
 *   <li>{@code sandbox}: {@link id.giliran.bpjs.sandbox.PcareSandbox}, a local PCare on WireMock
 *       for tests and for running without BPJS;</li>
 *   <li>{@code participant}: the "Cek BPJS" query handler;</li>
 *   <li>{@code visit}: the background sender that registers and deletes PCare visits;</li>
 *   <li>{@code reference}: PCare's clinic list as a query, for the poli code mapping;</li>
 *   <li>{@code calllog}: every call as a masked {@code PcareCallRecordedEvent} (the bridging log).</li>
 * </ul>
 * The Spring wiring of the client, its settings and the sandbox is in the {@code ui} module.
 */
package id.giliran.bpjs;
