using System.Text;

namespace Modular.Shared.Infrastructure.Inbox;

/// <summary>Kebab-case names for handlers: <c>CreateProfileOnUserRegisteredHandler</c> becomes <c>create-profile-on-user-registered</c>.</summary>
internal static class ConsumerNames
{
    public static string For(Type handlerType)
    {
        var name = handlerType.Name;
        if (name.EndsWith("Handler", StringComparison.Ordinal) && name.Length > "Handler".Length)
        {
            name = name[..^"Handler".Length];
        }

        return ToKebabCase(name);
    }

    public static string ToKebabCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var index = 0; index < name.Length; index++)
        {
            var character = name[index];
            if (char.IsUpper(character) && index > 0 && !char.IsUpper(name[index - 1]))
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(character));
        }

        return builder.ToString();
    }
}
