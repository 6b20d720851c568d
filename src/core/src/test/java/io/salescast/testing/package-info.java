/** Test fixtures shared by core's tests (and, through the test jar, other modules' tests). */
package io.salescast.testing;
