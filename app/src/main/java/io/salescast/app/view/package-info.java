/** Views: JavaFX controls bound to view models. No engine calls and no logic beyond layout. */
package io.salescast.app.view;
