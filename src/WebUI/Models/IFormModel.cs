namespace Sched.WebUI.Models;

/// <summary>
/// Marks what a page form binds to. When its input breaks a rule, the action's own view is
/// shown again with this model, so the values typed are kept (see InvalidFormFilter and ExceptionResponseFilter).
/// </summary>
public interface IFormModel;
