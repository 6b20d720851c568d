/**
 * Cross-cutting building blocks every engine package uses: progress reporting, cancellation and
 * the typed, user-facing error with its location in a file, and the shared file plumbing
 * (atomic saves, CSV export with formula-injection protection).
 */
package io.salescast.core;
