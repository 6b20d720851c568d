/**
 * Cross-cutting building blocks every engine package uses: progress reporting, cancellation and
 * the typed, user-facing error with its location in a file.
 */
package io.salescast.core;
