/** What the server port still answers of actuator once its endpoints live on the management port (ADR 0054). */
package dev.eschess.web.management;
