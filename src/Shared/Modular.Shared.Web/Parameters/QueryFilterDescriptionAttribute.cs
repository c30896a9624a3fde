namespace Modular.Shared.Web.Parameters;

/// <summary>
/// The client-facing sentence of a query filter bound with <c>[AsParameters]</c>, stated by the API description. Not
/// <see cref="System.ComponentModel.DescriptionAttribute"/>: the framework's OpenAPI generator fails on that attribute
/// when it sits on a property bound with <c>[AsParameters]</c> (an <c>InvalidCastException</c> on its surrogate parameter).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class QueryFilterDescriptionAttribute(string description) : Attribute
{
    public string Description { get; } = description;
}
