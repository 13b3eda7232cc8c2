// Namespaces every browser test uses.
global using System.Text.RegularExpressions;
global using static Microsoft.Playwright.Assertions;
